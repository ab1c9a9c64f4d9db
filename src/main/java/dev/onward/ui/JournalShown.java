package dev.onward.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;

/**
 * The moment the user first sees their journal: the first screen's rows or figures reached the
 * JavaFX thread and were laid out. The start-up probe hears it, and work that should not compete
 * with the first screen (the check for damage, the icons) waits for it.
 */
final class JournalShown {
    private final StartupProbe probe;
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean shown;

    JournalShown(StartupProbe probe) {
        this.probe = probe;
    }

    /** Runs {@code action} once the journal has been shown, at once if it has. */
    void then(Runnable action) {
        if (shown) {
            action.run();
        } else {
            waiting.add(action);
        }
    }

    /** A screen's {@code items} reached the JavaFX thread; once {@code scene} is laid out, the journal is shown. */
    void read(Scene scene, int items) {
        probe.reached("journal-read");
        NextLayout.then(scene, () -> laidOut(items));
    }

    private void laidOut(int items) {
        probe.journalShown(items);
        if (!shown) {
            shown = true;
            waiting.forEach(Runnable::run);
            waiting.clear();
        }
    }
}
