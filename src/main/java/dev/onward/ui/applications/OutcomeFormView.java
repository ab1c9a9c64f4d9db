package dev.onward.ui.applications;

import dev.onward.domain.Messages;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The "Record outcome" form of the detail pane. */
public final class OutcomeFormView extends UiPart<VBox> {
    @FXML
    private ComboBox<OutcomeKind> outcomeKind;
    @FXML
    private TextField outcomeDate;
    @FXML
    private ComboBox<StageKind> endedAt;
    @FXML
    private TextArea outcomeMessage;
    @FXML
    private Button recordOutcome;
    @FXML
    private Button reopen;
    @FXML
    private Label outcomeKindError;
    @FXML
    private Label outcomeDateError;
    @FXML
    private Label endedAtError;
    @FXML
    private Label messageError;
    @FXML
    private Label outcomeFormError;

    /**
     * Shows {@code model}.
     *
     * @param kinds the stages it can have ended at
     * @param ended whether the application has ended (then "Mark active again" shows)
     */
    public OutcomeFormView(OutcomeFormViewModel model, ObservableList<StageKind> kinds, ReadOnlyBooleanProperty ended,
            Runnable onRecord, Runnable onReopen) {
        super("OutcomeFormView.fxml");
        outcomeKind.setItems(FXCollections.observableArrayList(OutcomeKind.values()));
        outcomeKind.setConverter(ChoiceText.of(OutcomeKind::label, ""));
        outcomeKind.valueProperty().bindBidirectional(model.kindProperty());
        ObservableList<StageKind> choices = FXCollections.observableArrayList();
        kinds.addListener((ListChangeListener<StageKind>) change -> choices.setAll(withUnknown(kinds)));
        choices.setAll(withUnknown(kinds));
        endedAt.setItems(choices);
        endedAt.setConverter(ChoiceText.of(StageKind::name, Messages.text("ui.outcome.endedAt.unknown")));
        endedAt.valueProperty().bindBidirectional(model.endedAtProperty());
        outcomeDate.textProperty().bindBidirectional(model.dateProperty());
        outcomeMessage.textProperty().bindBidirectional(model.messageProperty());
        FieldMessage.bind(outcomeKindError, model.errors().of(FormField.OUTCOME_KIND));
        FieldMessage.bind(outcomeDateError, model.errors().of(FormField.OUTCOME_DATE));
        FieldMessage.bind(endedAtError, model.errors().of(FormField.ENDED_AT));
        FieldMessage.bind(messageError, model.errors().of(FormField.MESSAGE));
        FieldMessage.bind(outcomeFormError, model.errors().ofForm());
        Map<String, Node> inReadingOrder = new LinkedHashMap<>();
        inReadingOrder.put(FormField.OUTCOME_KIND.key(), outcomeKind);
        inReadingOrder.put(FormField.OUTCOME_DATE.key(), outcomeDate);
        inReadingOrder.put(FormField.ENDED_AT.key(), endedAt);
        inReadingOrder.put(FormField.MESSAGE.key(), outcomeMessage);
        FieldMessage.focusFirstProblem(model.errors(), inReadingOrder);
        outcomeDate.setOnAction(e -> onRecord.run());
        recordOutcome.setOnAction(e -> onRecord.run());
        reopen.setOnAction(e -> onReopen.run());
        reopen.visibleProperty().bind(ended);
        reopen.managedProperty().bind(ended);
    }

    private static List<StageKind> withUnknown(List<StageKind> kinds) {
        List<StageKind> all = new ArrayList<>();
        all.add(null);
        all.addAll(kinds);
        return all;
    }
}
