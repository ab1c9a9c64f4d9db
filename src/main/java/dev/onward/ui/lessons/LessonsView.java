package dev.onward.ui.lessons;

import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.NextLayout;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Lessons screen: lessons by theme with their filters, and the lesson form on the right. */
public final class LessonsView extends UiPart<BorderPane> {
    private final LessonsViewModel model;
    private final LessonFormView form;

    @FXML
    private ComboBox<Optional<Boolean>> controlFilter;
    @FXML
    private ComboBox<Optional<LessonStatus>> statusFilter;
    @FXML
    private ComboBox<Optional<StageKind>> stageFilter;
    @FXML
    private Label lessonsProblem;
    @FXML
    private ScrollPane groupsScroll;
    @FXML
    private VBox groupsBox;
    @FXML
    private Label lessonsPlaceholder;
    @FXML
    private HBox lessonUndoBar;
    @FXML
    private Label lessonUndoMessage;
    @FXML
    private Button undoLesson;
    @FXML
    private Button dismissLessonUndo;
    @FXML
    private Button newLesson;
    @FXML
    private ScrollPane lessonFormSide;
    @FXML
    private Label lessonFormTitle;
    @FXML
    private StackPane lessonFormHost;

    /** Shows {@code model}. */
    public LessonsView(LessonsViewModel model) {
        super("LessonsView.fxml");
        this.model = model;
        form = new LessonFormView(model.form(), model::cancelForm);
        lessonFormHost.getChildren().setAll(form.getRoot());
        bindFilters();
        model.groups().addListener((ListChangeListener<LessonGroup>) change -> showGroups());
        lessonsPlaceholder.textProperty().bind(Bindings.when(model.journalEmptyProperty())
                .then(Messages.text("ui.lessons.empty")).otherwise(Messages.text("ui.lessons.noMatch")));
        lessonsPlaceholder.visibleProperty().bind(Bindings.isEmpty(model.groups()));
        lessonUndoMessage.textProperty().bind(model.undoMessageProperty());
        lessonUndoBar.visibleProperty().bind(Bindings.isNotEmpty(model.undoMessageProperty()));
        lessonUndoBar.managedProperty().bind(lessonUndoBar.visibleProperty());
        undoLesson.setOnAction(e -> model.undoDelete());
        dismissLessonUndo.setOnAction(e -> model.dismissUndo());
        lessonsProblem.textProperty().bind(model.problemProperty());
        lessonsProblem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        lessonsProblem.managedProperty().bind(lessonsProblem.visibleProperty());
        newLesson.setOnAction(e -> startNew(Optional.empty()));
        lessonFormSide.visibleProperty().bind(model.formOpenProperty());
        lessonFormSide.managedProperty().bind(lessonFormSide.visibleProperty());
        lessonFormTitle.textProperty().bind(Bindings.when(model.form().editingProperty().isNull())
                .then(Messages.text("ui.lessons.new")).otherwise(Messages.text("ui.lessons.edit")));
        showGroups();
    }

    private void bindFilters() {
        controlFilter.setItems(FXCollections.observableArrayList(Optional.empty(), Optional.of(true), Optional.of(false)));
        controlFilter.setConverter(ChoiceText.of(c -> Messages.text(c.isEmpty() ? "ui.lessons.filter.control.all"
                : c.get() ? "ui.lessons.filter.control.yes" : "ui.lessons.filter.control.no"), ""));
        controlFilter.valueProperty().bindBidirectional(model.controlFilterProperty());
        List<Optional<LessonStatus>> statuses = new ArrayList<>();
        statuses.add(Optional.empty());
        for (LessonStatus s : LessonStatus.values()) {
            statuses.add(Optional.of(s));
        }
        statusFilter.setItems(FXCollections.observableArrayList(statuses));
        statusFilter.setConverter(ChoiceText.of(s -> s.map(LessonStatus::label)
                .orElse(Messages.text("ui.lessons.filter.status.all")), ""));
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        stageFilter.setConverter(ChoiceText.of(k -> k.map(StageKind::name)
                .orElse(Messages.text("ui.lessons.filter.stage.all")), ""));
        model.kinds().addListener((ListChangeListener<StageKind>) c -> {
            List<Optional<StageKind>> kinds = new ArrayList<>();
            kinds.add(Optional.empty());
            model.kinds().forEach(k -> kinds.add(Optional.of(k)));
            Optional<StageKind> chosen = model.stageFilterProperty().get();
            stageFilter.getItems().setAll(kinds);
            stageFilter.setValue(chosen);
        });
        stageFilter.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.stageFilterProperty().get())) {
                model.stageFilterProperty().set(now);
            }
        });
        stageFilter.getItems().setAll(List.of(Optional.empty()));
        stageFilter.setValue(Optional.empty());
    }

    private void showGroups() {
        groupsBox.getChildren().clear();
        Long revealed = model.revealedProperty().get();
        Node marked = null;
        for (LessonGroup group : model.groups()) {
            Label title = new Label(group.theme().label());
            title.getStyleClass().add("group-title");
            HBox header = new HBox(8, title);
            if (group.focusArea()) {
                Label focus = new Label(Messages.text("ui.lessons.focusArea", group.themeCount()));
                focus.getStyleClass().add("focus-area");
                header.getChildren().add(focus);
            }
            VBox box = new VBox(8, header);
            for (LessonRow row : group.rows()) {
                Node node = new LessonRowView(row, model).getRoot();
                if (revealed != null && row.lesson().id() == revealed) {
                    node.getStyleClass().add("revealed");
                    marked = node;
                }
                box.getChildren().add(node);
            }
            groupsBox.getChildren().add(box);
        }
        groupsScroll.setVisible(!model.groups().isEmpty());
        HBox.setHgrow(groupsBox, Priority.ALWAYS);
        Scene scene = getRoot().getScene();
        if (marked != null && scene != null) {
            Node target = marked;
            NextLayout.then(scene, () -> scrollIntoView(target));
        }
    }

    /** Scrolls the list so that {@code row} is in sight, near the top. */
    private void scrollIntoView(Node row) {
        double content = groupsBox.getBoundsInLocal().getHeight();
        double viewport = groupsScroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double y = groupsBox.sceneToLocal(row.localToScene(0, 0)).getY();
        groupsScroll.setVvalue(Math.max(0, Math.min(1, (y - 8) / (content - viewport))));
    }

    /** Shows lesson {@code id} marked and in sight, whatever the filters were: a lesson chosen in the search. */
    public void reveal(long id) {
        model.reveal(id);
    }

    /** Opens the form for a new lesson with the cursor in it (Ctrl+L), from application {@code from} when given. */
    public void startNew(Optional<Long> from) {
        model.startNew(from);
        // The form becomes visible in this pulse; focus can only land once it is shown.
        Platform.runLater(form::focusFirstField);
    }
}
