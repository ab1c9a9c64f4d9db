package dev.onward.ui.reflect;

import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.Messages;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FormField;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import javafx.util.StringConverter;

/**
 * The "How you feel" step: a tick per feeling and, once ticked, its strength on a 1–5 spinner
 * that takes the arrows or a typed number and cannot go outside that range.
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
            Spinner<Integer> strength = strengthSpinner(choice.intensityProperty().get());
            strength.setId("intensity_" + key);
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
        FieldMessage.bind(feelingWordsError, model.errors().of(FormField.FEELING_WORDS));
    }

    /**
     * A 1–5 spinner that takes typing as well as the arrows: a typed strength counts on Enter and
     * when the field is left; text that is not a strength from 1 to 5 goes back to the value before.
     */
    private static Spinner<Integer> strengthSpinner(int initial) {
        Spinner<Integer> strength = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(Intensity.MIN, Intensity.MAX, initial);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                // The spinner commits through here too (on focus loss): never throw, keep the value.
                return strength(text).orElse(values.getValue());
            }
        });
        strength.setValueFactory(values);
        strength.setEditable(true);
        strength.setPrefWidth(90);
        TextField editor = strength.getEditor();
        editor.setOnAction(e -> commit(values, editor));
        // The spinner holds the focus and lends it to its editor: either losing it commits.
        strength.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(values, editor);
            }
        });
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(values, editor);
            }
        });
        return strength;
    }

    /** Takes the typed strength, or puts back the one before when the text is not a strength. */
    private static void commit(SpinnerValueFactory<Integer> values, TextField editor) {
        strength(editor.getText()).ifPresent(values::setValue);
        editor.setText(values.getConverter().toString(values.getValue()));
    }

    /** The strength {@code text} names, when it is a whole number from 1 to 5. */
    private static Optional<Integer> strength(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= Intensity.MIN && value <= Intensity.MAX ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
