package dev.onward.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: the least a JavaFX program can show, an empty window
 * titled "Floor". {@link FloorImage} packages it the same way as Onward; it is never shipped.
 */
public final class FloorWindow {
    /** The title the benchmark waits for. */
    static final String TITLE = "Floor";

    private FloorWindow() {
    }

    /** Starts JavaFX the way Onward's {@code App} does and shows the empty window. */
    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new Pane(), 1100, 720));
            stage.show();
        });
    }
}
