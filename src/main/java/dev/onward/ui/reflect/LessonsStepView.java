package dev.onward.ui.reflect;

import dev.onward.domain.Lesson;
import dev.onward.ui.UiPart;
import dev.onward.ui.lessons.LessonFormView;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The "What you'd do differently" step: the lesson form, and the lessons noted from this application. */
final class LessonsStepView extends UiPart<VBox> implements StepPart {
    private final LessonFormView form;

    @FXML
    private StackPane lessonFormHost;
    @FXML
    private Label noLessons;
    @FXML
    private VBox lessonLines;

    LessonsStepView(ObservableList<Lesson> noted, LessonFormView form) {
        super("LessonsStepView.fxml");
        this.form = form;
        lessonFormHost.getChildren().setAll(form.getRoot());
        noted.addListener((ListChangeListener<Lesson>) change -> show(noted));
        show(noted);
    }

    private void show(ObservableList<Lesson> noted) {
        noLessons.setVisible(noted.isEmpty());
        noLessons.setManaged(noted.isEmpty());
        lessonLines.getChildren().setAll(noted.stream().map(l -> {
            Label line = new Label("\u2022 " + l.details().text() + "  \u00b7  " + l.details().theme().label());
            line.setWrapText(true);
            line.getStyleClass().add("lesson-line");
            return line;
        }).toList());
    }

    @Override
    public Node node() {
        return getRoot();
    }

    @Override
    public void focusFirst() {
        form.focusFirstField();
    }
}
