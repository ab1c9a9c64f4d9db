package dev.onward.ui.applications;

import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The "Add stage" form of the detail pane. */
public final class StageFormView extends UiPart<javafx.scene.layout.VBox> {
    @FXML
    private ComboBox<StageKind> stageKind;
    @FXML
    private TextField stageDate;
    @FXML
    private TextField stageTime;
    @FXML
    private TextField peopleMet;
    @FXML
    private TextArea preparation;
    @FXML
    private ComboBox<Integer> howItWent;
    @FXML
    private TextArea stageNotes;
    @FXML
    private Button addStage;
    @FXML
    private Label stageKindError;
    @FXML
    private Label stageDateError;
    @FXML
    private Label stageTimeError;
    @FXML
    private Label peopleMetError;
    @FXML
    private Label preparationError;
    @FXML
    private Label ratingError;
    @FXML
    private Label stageNotesError;
    @FXML
    private Label stageFormError;

    /** Shows {@code model}; {@code kinds} are the kinds to choose from; {@code onAdd} saves. */
    public StageFormView(StageFormViewModel model, ObservableList<StageKind> kinds, Runnable onAdd) {
        super("StageFormView.fxml");
        stageKind.setItems(kinds);
        stageKind.setConverter(ChoiceText.of(StageKind::name, ""));
        stageKind.valueProperty().bindBidirectional(model.kindProperty());
        stageDate.textProperty().bindBidirectional(model.dateProperty());
        stageTime.textProperty().bindBidirectional(model.timeProperty());
        peopleMet.textProperty().bindBidirectional(model.peopleMetProperty());
        preparation.textProperty().bindBidirectional(model.preparationProperty());
        howItWent.setItems(FXCollections.observableList(Arrays.asList(null, 1, 2, 3, 4, 5)));
        howItWent.setConverter(ChoiceText.of(StageFormView::ratingLabel, Messages.text("ui.stage.rating.none")));
        howItWent.valueProperty().bindBidirectional(model.howItWentProperty());
        stageNotes.textProperty().bindBidirectional(model.notesProperty());
        FieldMessage.bind(stageKindError, model.errors().of(FormField.STAGE_KIND));
        FieldMessage.bind(stageDateError, model.errors().of(FormField.STAGE_DATE));
        FieldMessage.bind(stageTimeError, model.errors().of(FormField.STAGE_TIME));
        FieldMessage.bind(peopleMetError, model.errors().of(FormField.PEOPLE_MET));
        FieldMessage.bind(preparationError, model.errors().of(FormField.PREPARATION));
        FieldMessage.bind(ratingError, model.errors().of(FormField.RATING));
        FieldMessage.bind(stageNotesError, model.errors().of(FormField.STAGE_NOTES));
        FieldMessage.bind(stageFormError, model.errors().ofForm());
        Map<String, Node> inReadingOrder = new LinkedHashMap<>();
        inReadingOrder.put(FormField.STAGE_KIND.key(), stageKind);
        inReadingOrder.put(FormField.STAGE_DATE.key(), stageDate);
        inReadingOrder.put(FormField.STAGE_TIME.key(), stageTime);
        inReadingOrder.put(FormField.PEOPLE_MET.key(), peopleMet);
        inReadingOrder.put(FormField.PREPARATION.key(), preparation);
        inReadingOrder.put(FormField.RATING.key(), howItWent);
        inReadingOrder.put(FormField.STAGE_NOTES.key(), stageNotes);
        FieldMessage.focusFirstProblem(model.errors(), inReadingOrder);
        stageDate.setOnAction(e -> onAdd.run());
        stageTime.setOnAction(e -> onAdd.run());
        peopleMet.setOnAction(e -> onAdd.run());
        addStage.setOnAction(e -> onAdd.run());
    }

    private static String ratingLabel(Integer rating) {
        if (rating == 1) {
            return Messages.text("ui.stage.rating.low");
        }
        return rating == 5 ? Messages.text("ui.stage.rating.high") : rating.toString();
    }
}
