package dev.onward.ui;

import dev.onward.domain.Messages;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window: a narrow navigation on the left listing the screens that exist, the screen in the
 * middle, and the theme switch at the bottom of the navigation.
 */
public final class MainWindow extends UiPart<BorderPane> {
    /** Width the window opens at. */
    public static final double WIDTH = 1280;
    /** Height the window opens at. */
    public static final double HEIGHT = 800;

    private final Stage stage;

    @FXML
    private StackPane content;
    @FXML
    private Label loading;
    @FXML
    private ToggleButton applicationsNav;
    @FXML
    private ToggleButton darkTheme;

    /** Builds the window's content in {@code stage}; {@link #show()} shows it. */
    public MainWindow(Stage stage) {
        super("MainWindow.fxml");
        this.stage = stage;
        stage.setTitle(Messages.text("app.title"));
        stage.setScene(new Scene(getRoot(), WIDTH, HEIGHT));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    @FXML
    private void initialize() {
        applicationsNav.setSelected(true);
        applicationsNav.setOnAction(e -> applicationsNav.setSelected(true));
        darkTheme.selectedProperty().addListener((obs, old, dark) -> {
            (dark ? Theme.DARK : Theme.LIGHT).apply();
            darkTheme.setText(Messages.text(dark ? "ui.theme.light" : "ui.theme.dark"));
        });
    }

    /** Shows the window. */
    public void show() {
        stage.show();
    }

    /** Puts {@code screen} in the middle of the window. */
    public void showScreen(Node screen) {
        content.getChildren().setAll(screen);
    }

    /** Replaces the middle of the window with a short sentence (e.g. when the journal cannot be opened). */
    public void showMessage(String text) {
        loading.setText(text);
        content.getChildren().setAll(loading);
    }

    /** Runs {@code action} when {@code keys} are pressed anywhere in the window. */
    public void addShortcut(KeyCombination keys, Runnable action) {
        stage.getScene().getAccelerators().put(keys, action);
    }

    /** The window's stage, for dialogs. */
    public Stage stage() {
        return stage;
    }
}
