package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.domain.Reason;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The "Possible reasons" step: a tick and a note per reason, and under them the plain count. */
final class ReasonsView extends UiPart<VBox> implements StepPart {
    private CheckBox first;

    @FXML
    private VBox reasonRows;
    @FXML
    private Label reasonNoteError;
    @FXML
    private Label outsideSentence;

    ReasonsView(ReasonsViewModel model) {
        super("ReasonsView.fxml");
        for (ReasonChoice choice : model.choices()) {
            String key = choice.reason().name().toLowerCase(Locale.ROOT);
            CheckBox tick = new CheckBox(choice.label());
            tick.setId("reason_" + key);
            tick.setMnemonicParsing(false);
            tick.setWrapText(true);
            tick.selectedProperty().bindBidirectional(choice.chosenProperty());
            TextField note = new TextField();
            note.setId("reasonNote_" + key);
            boolean other = choice.reason() == Reason.OTHER;
            note.setPromptText(Messages.text(other ? "ui.reflect.otherReason" : "ui.reflect.reasonNote"));
            note.textProperty().bindBidirectional(choice.noteProperty());
            note.visibleProperty().bind(choice.chosenProperty());
            note.managedProperty().bind(note.visibleProperty());
            VBox row = new VBox(4, tick, note);
            if (other) {
                CheckBox inControl = new CheckBox(Messages.text("ui.reflect.otherInControl"));
                inControl.setId("reasonInControl");
                inControl.selectedProperty().bindBidirectional(choice.inMyControlProperty());
                inControl.visibleProperty().bind(choice.chosenProperty());
                inControl.managedProperty().bind(inControl.visibleProperty());
                row.getChildren().add(inControl);
            }
            HBox.setHgrow(row, Priority.ALWAYS);
            reasonRows.getChildren().add(row);
            if (first == null) {
                first = tick;
            }
        }
        FieldMessage.bind(reasonNoteError, model.errors().of(FormField.REASON_NOTE));
        outsideSentence.textProperty().bind(model.outsideControlProperty());
        outsideSentence.visibleProperty().bind(Bindings.isNotEmpty(model.outsideControlProperty()));
    }

    @Override
    public Node node() {
        return getRoot();
    }

    @Override
    public void focusFirst() {
        first.requestFocus();
    }
}
