package dev.onward.ui.dashboard;

import dev.onward.ui.FieldErrors;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The weekly target and the days before no reply is suggested, labels above fields; Enter saves, Esc cancels. */
public final class SettingsFormView extends UiPart<VBox> {
    @FXML
    private TextField weeklyTarget;
    @FXML
    private TextField ghostDays;
    @FXML
    private Label weeklyTargetError;
    @FXML
    private Label ghostDaysError;
    @FXML
    private Label formError;
    @FXML
    private Button saveSettings;
    @FXML
    private Button cancelSettings;

    /** Shows {@code model}'s fields. */
    public SettingsFormView(SettingsFormViewModel model) {
        super("SettingsFormView.fxml");
        weeklyTarget.textProperty().bindBidirectional(model.weeklyTargetProperty());
        ghostDays.textProperty().bindBidirectional(model.ghostDaysProperty());
        FieldMessage.bind(weeklyTargetError, model.errors().of(FormField.WEEKLY_TARGET));
        FieldMessage.bind(ghostDaysError, model.errors().of(FormField.GHOST_DAYS));
        FieldMessage.bind(formError, model.errors().of(FieldErrors.FORM));
        Map<String, Node> inReadingOrder = new LinkedHashMap<>();
        inReadingOrder.put(FormField.WEEKLY_TARGET.key(), weeklyTarget);
        inReadingOrder.put(FormField.GHOST_DAYS.key(), ghostDays);
        FieldMessage.focusFirstProblem(model.errors(), inReadingOrder);
        saveSettings.setOnAction(e -> model.save());
        cancelSettings.setOnAction(e -> model.cancel());
        getRoot().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.cancel();
                e.consume();
            }
        });
        model.openProperty().addListener((obs, old, open) -> {
            if (open) {
                Platform.runLater(weeklyTarget::requestFocus);
            }
        });
    }
}
