package dev.onward.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The window's first frame: the empty window, with its title, size and place, its ground and its
 * navigation strip in the light theme's colours, shown before any stylesheet, FXML or journal is
 * read, so a double-click answers at once. It holds no controls, so JavaFX parses no stylesheet
 * for it; the real window replaces it right after it is drawn.
 */
public final class FirstFrame {
    // Primer Light's -color-bg-default, -color-bg-subtle and -color-border-default: the frame
    // must look like the window about to fill it, so nothing flashes.
    private static final Color GROUND = Color.web("#ffffff");
    private static final Color NAVIGATION = Color.web("#f6f8fa");
    private static final Color RULE = Color.web("#d0d7de");
    private static final double NAVIGATION_WIDTH = 152;
    /**
     * The product's name, which is not translated: written here rather than read from the message
     * bundle, whose loading (about 8 ms) would otherwise come before the window; {@code MainWindow}
     * sets the bundle's {@code app.title} right after, and a test keeps the two equal.
     */
    static final String TITLE = "Onward";

    private FirstFrame() {
    }

    /**
     * Shows {@code stage} with a new scene holding the empty frame, then runs {@code then} on the
     * JavaFX thread once the frame has been laid out and handed over to be drawn.
     */
    public static void show(Stage stage, Runnable then) {
        Region navigation = new Region();
        navigation.setPrefWidth(NAVIGATION_WIDTH);
        navigation.setBackground(new Background(new BackgroundFill(NAVIGATION, CornerRadii.EMPTY, Insets.EMPTY)));
        navigation.setBorder(new Border(new BorderStroke(RULE, BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                new BorderWidths(0, 1, 0, 0))));
        BorderPane root = new BorderPane();
        root.setLeft(navigation);
        Scene scene = new Scene(root, MainWindow.WIDTH, MainWindow.HEIGHT, GROUND);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
        // After the pulse, not in it: the frame is drawn while the window is built.
        NextLayout.then(scene, () -> Platform.runLater(then));
    }
}
