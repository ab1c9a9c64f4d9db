package dev.onward.ui.reflect;

import dev.onward.ui.FieldErrors;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The "What it means for you" step: one free text. */
final class ReframeView extends UiPart<VBox> implements StepPart {
    @FXML
    private TextArea reframeText;
    @FXML
    private Label reframeError;

    ReframeView(StringProperty reframe, FieldErrors errors) {
        super("ReframeView.fxml");
        reframeText.textProperty().bindBidirectional(reframe);
        FieldMessage.bind(reframeError, errors.of(FormField.REFRAME));
    }

    @Override
    public Node node() {
        return getRoot();
    }

    @Override
    public void focusFirst() {
        reframeText.requestFocus();
    }
}
