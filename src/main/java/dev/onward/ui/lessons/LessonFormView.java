package dev.onward.ui.lessons;

import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Theme;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.FieldMessage;
import dev.onward.ui.FocusWhenShown;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The lesson form, used on the Lessons screen and in the Reflect flow. When the lesson is close to
 * one noted before, that one shows with "Link as a repeat" and "Add as a new lesson".
 */
public final class LessonFormView extends UiPart<VBox> {
    @FXML
    private TextArea lessonText;
    @FXML
    private ComboBox<Theme> lessonTheme;
    @FXML
    private ComboBox<StageKind> lessonStageKind;
    @FXML
    private CheckBox lessonInControl;
    @FXML
    private Label lessonTextError;
    @FXML
    private Label lessonThemeError;
    @FXML
    private VBox notedBeforeBox;
    @FXML
    private Label notedBefore;
    @FXML
    private Button linkRepeat;
    @FXML
    private Button addAnyway;
    @FXML
    private Label lessonProblem;
    @FXML
    private Button saveLesson;
    @FXML
    private Button cancelLesson;
    @FXML
    private Label lessonKeys;

    /** Shows {@code model}; without a cancel action, the Cancel button is hidden. */
    public LessonFormView(LessonFormViewModel model) {
        this(model, null);
    }

    /** Shows {@code model}; {@code onCancel} runs on Cancel or Esc. */
    public LessonFormView(LessonFormViewModel model, Runnable onCancel) {
        super("LessonFormView.fxml");
        lessonText.textProperty().bindBidirectional(model.textProperty());
        lessonTheme.setItems(FXCollections.observableArrayList(Theme.values()));
        lessonTheme.setConverter(ChoiceText.of(Theme::label, Messages.text("ui.lessons.theme.none")));
        lessonTheme.valueProperty().bindBidirectional(model.themeProperty());
        // A combo box emptied back to no choice shows a blank button unless its cell says otherwise.
        lessonTheme.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Theme item, boolean empty) {
                super.updateItem(item, empty);
                setText(lessonTheme.getConverter().toString(empty ? null : item));
            }
        });
        ObservableList<StageKind> kinds = FXCollections.observableArrayList();
        model.kinds().addListener((ListChangeListener<StageKind>) c -> kinds.setAll(withAny(model.kinds())));
        kinds.setAll(withAny(model.kinds()));
        lessonStageKind.setItems(kinds);
        lessonStageKind.setConverter(ChoiceText.of(StageKind::name, Messages.text("ui.lessons.stageKind.any")));
        lessonStageKind.valueProperty().bindBidirectional(model.stageKindProperty());
        lessonInControl.selectedProperty().bindBidirectional(model.inMyControlProperty());
        FieldMessage.bind(lessonTextError, model.errors().of("lessonText"));
        FieldMessage.bind(lessonThemeError, model.errors().of("theme"));
        notedBefore.textProperty().bind(model.notedBeforeProperty());
        notedBeforeBox.visibleProperty().bind(Bindings.isNotEmpty(model.notedBeforeProperty()));
        notedBeforeBox.managedProperty().bind(notedBeforeBox.visibleProperty());
        linkRepeat.setOnAction(e -> model.addAsRepeat());
        addAnyway.setOnAction(e -> model.addAnyway());
        lessonProblem.textProperty().bind(model.problemProperty());
        lessonProblem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        lessonProblem.managedProperty().bind(lessonProblem.visibleProperty());
        saveLesson.textProperty().bind(Bindings.when(model.editingProperty().isNull())
                .then(Messages.text("ui.lessons.add")).otherwise(Messages.text("ui.lessons.save")));
        saveLesson.setOnAction(e -> model.save());
        // While an earlier lesson is shown, its two choices replace the plain "Add".
        saveLesson.visibleProperty().bind(notedBeforeBox.visibleProperty().not());
        saveLesson.managedProperty().bind(saveLesson.visibleProperty());
        cancelLesson.setVisible(onCancel != null);
        cancelLesson.setManaged(onCancel != null);
        cancelLesson.setOnAction(e -> onCancel.run());
        // A lesson may take several lines, so Enter is a new line; the hint says what saves.
        lessonKeys.setText(Messages.text(onCancel != null ? "ui.lessons.keys" : "ui.lessons.keysNoCancel"));
        getRoot().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                model.save();
            } else if (e.getCode() == KeyCode.ESCAPE && onCancel != null) {
                e.consume();
                onCancel.run();
            }
        });
    }

    private static List<StageKind> withAny(List<StageKind> kinds) {
        List<StageKind> all = new ArrayList<>();
        all.add(null);
        all.addAll(kinds);
        return all;
    }

    /** Puts the cursor in the lesson's text. */
    public void focusFirstField() {
        FocusWhenShown.request(lessonText);
    }
}
