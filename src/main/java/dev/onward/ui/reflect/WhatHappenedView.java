package dev.onward.ui.reflect;

import dev.onward.domain.Arrival;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The "What happened" step. */
final class WhatHappenedView extends UiPart<VBox> implements StepPart {
    @FXML
    private ComboBox<StageKind> whEndedAt;
    @FXML
    private TextField whDate;
    @FXML
    private ComboBox<Arrival> whArrival;
    @FXML
    private TextArea whMessage;
    @FXML
    private Label whEndedAtError;
    @FXML
    private Label whDateError;
    @FXML
    private Label whMessageError;

    WhatHappenedView(WhatHappenedViewModel model) {
        super("WhatHappenedView.fxml");
        ObservableList<StageKind> choices = FXCollections.observableArrayList();
        model.kinds().addListener((ListChangeListener<StageKind>) change -> choices.setAll(withNone(model.kinds())));
        choices.setAll(withNone(model.kinds()));
        whEndedAt.setItems(choices);
        whEndedAt.setConverter(ChoiceText.of(StageKind::name, Messages.text("ui.outcome.endedAt.unknown")));
        whEndedAt.valueProperty().bindBidirectional(model.endedAtProperty());
        List<Arrival> arrivals = new ArrayList<>();
        arrivals.add(null);
        arrivals.addAll(Arrays.asList(Arrival.values()));
        whArrival.setItems(FXCollections.observableArrayList(arrivals));
        whArrival.setConverter(ChoiceText.of(Arrival::label, Messages.text("ui.reflect.arrival.none")));
        whArrival.valueProperty().bindBidirectional(model.arrivalProperty());
        whDate.textProperty().bindBidirectional(model.dateProperty());
        whMessage.textProperty().bindBidirectional(model.messageProperty());
        FieldMessage.bind(whEndedAtError, model.errors().of(FormField.ENDED_AT));
        FieldMessage.bind(whDateError, model.errors().of(FormField.OUTCOME_DATE));
        FieldMessage.bind(whMessageError, model.errors().of(FormField.MESSAGE));
    }

    private static List<StageKind> withNone(List<StageKind> kinds) {
        List<StageKind> all = new ArrayList<>();
        all.add(null);
        all.addAll(kinds);
        return all;
    }

    @Override
    public Node node() {
        return getRoot();
    }

    @Override
    public void focusFirst() {
        whEndedAt.requestFocus();
    }

    @Override
    public void focusWrong() {
        if (whDateError.isVisible()) {
            whDate.requestFocus();
            whDate.end();
        } else if (whMessageError.isVisible()) {
            whMessage.requestFocus();
        } else {
            focusFirst();
        }
    }
}
