package dev.onward.ui;

import dev.onward.instance.WindowPlacement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Keeps Onward's one window: puts it where it was last time, remembers where it is and which
 * screen it shows, gives it its icons and brings it to the front. Call on the JavaFX thread.
 */
public final class WindowKeeper {
    private static final Logger LOG = Logger.getLogger(WindowKeeper.class.getName());
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private WindowKeeper() {
    }

    /**
     * Gives {@code stage} the size and state of {@code placement}, and its place when that is
     * still on a screen (a screen may have gone since).
     */
    public static void place(Stage stage, WindowPlacement placement) {
        boolean onScreen = !Screen.getScreensForRectangle(placement.x(), placement.y(),
                placement.width(), placement.height()).isEmpty();
        if (onScreen) {
            stage.setX(placement.x());
            stage.setY(placement.y());
        }
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
    }

    /** Keeps where {@code window} is and which screen it shows in {@code dataFolder}, for the next start. */
    public static void remember(MainWindow window, Path dataFolder) {
        Stage stage = window.stage();
        try {
            new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                    window.currentScreen().orElse("")).save(dataFolder);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "The window's place could not be kept", e);
        }
    }

    /**
     * Closes {@code stage} as its close button does (Ctrl+Q): by asking to close, which keeps the
     * window's place; JavaFX then hides the window unless a handler refused the request.
     */
    public static void close(Stage stage) {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Gives {@code stage} its icons, once. Called when the journal is shown, not before: decoding
     * six PNGs competed with the first screen for the CPU, and nobody looks at the task bar in the
     * first second.
     */
    public static void addIcons(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (int size : ICON_SIZES) {
            String icon = WindowKeeper.class.getResource("/dev/onward/icons/onward-" + size + ".png").toExternalForm();
            stage.getIcons().add(new Image(icon, true));
        }
    }

    /** Brings {@code stage} to the front, out of the task bar if it was minimised. */
    public static void toFront(Stage stage) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
    }
}
