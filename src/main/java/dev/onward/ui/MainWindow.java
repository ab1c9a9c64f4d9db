package dev.onward.ui;

import dev.onward.domain.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window: a narrow navigation on the left listing the screens that exist, the screen in the
 * middle, and the theme switch at the bottom of the navigation. Screens are built the first time
 * they are shown, so only the first one costs anything at start-up.
 */
public final class MainWindow extends UiPart<BorderPane> {
    /** Width the window opens at. */
    public static final double WIDTH = 1280;
    /** Height the window opens at. */
    public static final double HEIGHT = 800;

    private final Stage stage;
    private final StackPane layers = new StackPane();
    private Node overlay;
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<String, Supplier<Node>> builders = new LinkedHashMap<>();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private Consumer<String> onShown = id -> { };
    private String current;
    private boolean clearing;

    @FXML
    private StackPane content;
    @FXML
    private Label loading;
    @FXML
    private VBox screenButtons;
    @FXML
    private ToggleButton darkTheme;

    /**
     * Builds the window's content in {@code stage}: in the scene already there (the
     * {@link FirstFrame}, keeping its size), else in a new one; {@link #show()} shows it.
     */
    public MainWindow(Stage stage) {
        super("MainWindow.fxml");
        this.stage = stage;
        layers.getChildren().add(getRoot());
        stage.setTitle(Messages.text("app.title"));
        if (stage.getScene() == null) {
            stage.setScene(new Scene(layers, WIDTH, HEIGHT));
        } else {
            stage.getScene().setRoot(layers);
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // A screen button stays pressed: clicking the shown screen again keeps it shown.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null && !clearing) {
                old.setSelected(true);
            }
        });
    }

    @FXML
    private void initialize() {
        darkTheme.selectedProperty().addListener((obs, old, dark) -> {
            (dark ? Theme.DARK : Theme.LIGHT).apply();
            darkTheme.setText(Messages.text(dark ? "ui.theme.light" : "ui.theme.dark"));
        });
    }

    /**
     * Adds a screen to the navigation, in the order added; {@code build} runs the first time it is shown.
     *
     * @param id a short name for the screen, e.g. {@code "applications"}
     * @param label the words on its button
     * @param glyph a character shown before the words
     */
    public void addScreen(String id, String label, String glyph, Supplier<Node> build) {
        builders.put(id, build);
        ToggleButton button = new ToggleButton(label);
        button.setId(id + "Nav");
        button.getStyleClass().add("nav-item");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        Label icon = new Label(glyph);
        icon.getStyleClass().add("nav-glyph");
        button.setGraphic(icon);
        button.setToggleGroup(navigation);
        button.setOnAction(e -> show(id));
        buttons.put(id, button);
        screenButtons.getChildren().add(button);
    }

    /** Adds a screen reached from other screens only (e.g. the Reflect flow), not listed in the navigation. */
    public void addHiddenScreen(String id, Supplier<Node> build) {
        builders.put(id, build);
    }

    /**
     * Removes every screen and its navigation button, e.g. before they are registered again over
     * a restored journal. The middle shows {@code text} until a screen is shown.
     */
    public void removeScreens(String text) {
        hideOverlay();
        clearNavigation();
        buttons.values().forEach(b -> b.setToggleGroup(null));
        screenButtons.getChildren().removeAll(buttons.values());
        buttons.clear();
        builders.clear();
        built.clear();
        current = null;
        showMessage(text);
    }

    /** Shows screen {@code id}, building it first if this is its first time. */
    public void show(String id) {
        Supplier<Node> build = builders.get(id);
        if (build == null) {
            throw new IllegalArgumentException("No screen " + id);
        }
        Node screen = built.computeIfAbsent(id, k -> build.get());
        content.getChildren().setAll(screen);
        Optional.ofNullable(buttons.get(id)).ifPresentOrElse(b -> b.setSelected(true), this::clearNavigation);
        current = id;
        onShown.accept(id);
    }

    private void clearNavigation() {
        Toggle selected = navigation.getSelectedToggle();
        if (selected != null) {
            clearing = true;
            selected.setSelected(false);
            clearing = false;
        }
    }

    /** The screen shown now, if any. */
    public Optional<String> currentScreen() {
        return Optional.ofNullable(current);
    }

    /** The ids of every screen, in the navigation's order, hidden ones included. */
    public Set<String> screenIds() {
        return Collections.unmodifiableSet(builders.keySet());
    }

    /** Whether a screen with {@code id} exists. */
    public boolean hasScreen(String id) {
        return builders.containsKey(id);
    }

    /** Runs {@code action} with the screen's id each time a screen is shown. */
    public void onScreenShown(Consumer<String> action) {
        onShown = action;
    }

    /** Shows the window. */
    public void show() {
        stage.show();
    }

    /** Replaces the middle of the window with a short sentence (e.g. when the journal cannot be opened). */
    public void showMessage(String text) {
        loading.setText(text);
        content.getChildren().setAll(loading);
    }

    /** Lays {@code node} over the whole window (e.g. the search box), replacing any other overlay. */
    public void showOverlay(Node node) {
        hideOverlay();
        overlay = node;
        layers.getChildren().add(node);
    }

    /** Removes the overlay, if one is shown, and gives the keyboard back to the screen. */
    public void hideOverlay() {
        if (overlay != null) {
            layers.getChildren().remove(overlay);
            overlay = null;
            content.requestFocus();
        }
    }

    /** Whether an overlay is shown. */
    public boolean overlayShown() {
        return overlay != null;
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
