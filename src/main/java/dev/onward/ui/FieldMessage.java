package dev.onward.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Shows a field's message under it only while there is one, so empty messages take no room. */
public final class FieldMessage {
    private FieldMessage() {
    }

    /** Binds {@code label} to {@code message}: its text, and its visibility while non-empty. */
    public static void bind(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        if (!label.getStyleClass().contains("field-message")) {
            label.getStyleClass().add("field-message");
        }
    }
}
