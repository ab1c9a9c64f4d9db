package dev.onward.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Puts the keyboard focus on a node now if it is on screen, else as soon as it is. A form made
 * the moment a shortcut asks for it sits inside a scroll pane whose skin has not placed it in the
 * scene yet, and JavaFX ignores a focus request from a node outside a scene.
 */
public final class FocusWhenShown {
    private FocusWhenShown() {
    }

    /** Focuses {@code node} now, or once it joins a scene. */
    public static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observed, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}
