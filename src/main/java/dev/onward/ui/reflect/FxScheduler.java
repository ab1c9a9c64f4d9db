package dev.onward.ui.reflect;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** The app's {@link Scheduler}: a pause on the JavaFX thread, so the action runs there too. */
public final class FxScheduler implements Scheduler {
    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
