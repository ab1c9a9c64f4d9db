package dev.onward.testutil;

import dev.onward.App;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Onward's window for a TestFX test, on the test's clock ({@link TestJournal#FIXED_CLOCK}): opened
 * in the test's {@code @Start} with {@link #open}, stopped after each test (pending saves written,
 * journal closed, background thread ended). Register it with {@code @RegisterExtension}.
 */
public final class OnwardWindow implements AfterEachCallback {
    private App app;

    /** Opens Onward on the journal in {@code folder}, in {@code stage}; returns the app. */
    public App open(Path folder, Stage stage) {
        app = new App(folder, TestJournal.FIXED_CLOCK);
        app.start(stage);
        return app;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
