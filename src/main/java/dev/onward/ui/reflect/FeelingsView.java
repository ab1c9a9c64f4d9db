package dev.onward.ui.reflect;

import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.Messages;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The "How you feel" step: a tick per feeling and, once ticked, its strength on a 1–5 spinner
 * that cannot go outside that range.
 */
final class FeelingsView extends UiPart<VBox> implements StepPart {
    // Bidirectional bindings hold their ends weakly: the object views of the intensities are kept here.
    private final List<ObjectProperty<Integer>> intensities = new ArrayList<>();
    private CheckBox first;

    @FXML
    private GridPane feelingsGrid;
    @FXML
    private Label feelingWordsError;

    FeelingsView(FeelingsViewModel model) {
        super("FeelingsView.fxml");
        int row = 1;
        for (FeelingChoice choice : model.choices()) {
            String key = choice.feeling().name().toLowerCase(Locale.ROOT);
            CheckBox tick = new CheckBox(choice.label());
            tick.setId("feeling_" + key);
            tick.setMnemonicParsing(false);
            tick.selectedProperty().bindBidirectional(choice.chosenProperty());
            Spinner<Integer> strength = new Spinner<>();
            strength.setId("intensity_" + key);
            strength.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(Intensity.MIN, Intensity.MAX,
                    choice.intensityProperty().get()));
            strength.setPrefWidth(90);
            ObjectProperty<Integer> value = choice.intensityProperty().asObject();
            intensities.add(value);
            strength.getValueFactory().valueProperty().bindBidirectional(value);
            strength.disableProperty().bind(choice.chosenProperty().not());
            feelingsGrid.addRow(row++, tick, strength);
            if (choice.feeling() == Feeling.OTHER) {
                TextField words = new TextField();
                words.setId("feelingWords");
                words.setPromptText(Messages.text("ui.reflect.ownWord"));
                words.textProperty().bindBidirectional(choice.wordsProperty());
                words.disableProperty().bind(choice.chosenProperty().not());
                feelingsGrid.add(words, 2, row - 1);
            }
            if (first == null) {
                first = tick;
            }
        }
        FieldMessage.bind(feelingWordsError, model.errors().of("feelingWords"));
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
