package dev.onward.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a field's message under it only while there is one, so empty messages take no room. */
public final class FieldMessage {
    private FieldMessage() {
    }

    /**
     * Binds {@code label} to {@code message}: its text, and its visibility while non-empty. The
     * label takes the width its parent gives and wraps there; its own text never widens the form.
     */
    public static void bind(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        if (!label.getStyleClass().contains("field-message")) {
            label.getStyleClass().add("field-message");
        }
    }

    /**
     * Whenever {@code errors} shows messages after a save, puts the cursor in the first field, in
     * {@code fields}' order (reading order), that has one. Editing a field never moves the cursor.
     *
     * @param fields each field's name mapped to its control, in reading order
     */
    public static void focusFirstProblem(FieldErrors errors, Map<String, ? extends Node> fields) {
        errors.shownProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            for (Map.Entry<String, ? extends Node> field : fields.entrySet()) {
                if (!errors.of(field.getKey()).get().isEmpty()) {
                    field.getValue().requestFocus();
                    return;
                }
            }
        }));
    }
}
