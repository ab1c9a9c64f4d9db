package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.domain.ReflectionStep;
import dev.onward.ui.UiPart;
import dev.onward.ui.lessons.LessonFormView;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Reflect flow: the steps on the left (done, skipped, to do), one step in the middle, and
 * Back, Skip and Next always at hand, by mouse or keyboard. A thin controller over
 * {@link ReflectViewModel}.
 */
public final class ReflectView extends UiPart<BorderPane> {
    private final ReflectViewModel model;
    private final Consumer<Long> onLeave;
    private final Map<ReflectionStep, StepPart> parts = new EnumMap<>(ReflectionStep.class);

    @FXML
    private Label reflectHeading;
    @FXML
    private Label saveState;
    @FXML
    private Button leaveReflect;
    @FXML
    private ListView<ReflectionStep> stepList;
    @FXML
    private Label stepTitle;
    @FXML
    private Label stepPrompt;
    @FXML
    private Label reflectProblem;
    @FXML
    private ScrollPane stepScroll;
    @FXML
    private StackPane stepHost;
    @FXML
    private Button backStep;
    @FXML
    private Button skipStep;
    @FXML
    private Button nextStep;

    /**
     * Shows {@code model}.
     *
     * @param onLeave told the application's id when the user leaves the flow or finishes it
     * @param onNewApplication opens the new-application form (the last step offers it)
     */
    public ReflectView(ReflectViewModel model, Consumer<Long> onLeave, Runnable onNewApplication) {
        super("ReflectView.fxml");
        this.model = model;
        this.onLeave = onLeave;
        parts.put(ReflectionStep.WHAT_HAPPENED, new WhatHappenedView(model.whatHappened()));
        parts.put(ReflectionStep.FEELINGS, new FeelingsView(model.feelings()));
        parts.put(ReflectionStep.REASONS, new ReasonsView(model.reasons()));
        parts.put(ReflectionStep.REFRAME, new ReframeView(model.reframeProperty(), model.reframeErrors()));
        parts.put(ReflectionStep.LESSONS, new LessonsStepView(model.lessonsNoted(), new LessonFormView(model.lessonForm())));
        parts.put(ReflectionStep.FEEDBACK, new FeedbackView(model.feedback(), model.reasons(), model::feedbackRequest));
        parts.put(ReflectionStep.CLOSE_WELL, new CloseWellView(model.closeWell(), model::reply, model::keepContact));
        parts.put(ReflectionStep.NEXT_STEP, new NextStepView(model.nextStep(), onNewApplication));
        reflectHeading.textProperty().bind(model.headingProperty());
        saveState.textProperty().bind(model.saveStateProperty());
        reflectProblem.textProperty().bind(model.problemProperty());
        reflectProblem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        reflectProblem.managedProperty().bind(reflectProblem.visibleProperty());
        bindSteps();
        bindButtons();
    }

    private void bindSteps() {
        stepList.setItems(FXCollections.observableArrayList(ReflectionStep.values()));
        stepList.setCellFactory(list -> new StepCell());
        stepList.setFixedCellSize(52);
        model.marks().addListener((MapChangeListener<ReflectionStep, StepMark>) change -> stepList.refresh());
        model.currentProperty().addListener((obs, old, step) -> showStep(step));
        stepList.getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
            if (step != null && step != model.currentProperty().get()) {
                model.goTo(step);
            }
        });
        showStep(model.currentProperty().get());
    }

    private void bindButtons() {
        backStep.setOnAction(e -> model.back());
        skipStep.setOnAction(e -> model.skip());
        nextStep.setOnAction(e -> next());
        leaveReflect.setOnAction(e -> leave());
        backStep.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.currentProperty().get() == ReflectionStep.WHAT_HAPPENED, model.currentProperty()));
        skipStep.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.currentProperty().get() == ReflectionStep.NEXT_STEP, model.currentProperty()));
        getRoot().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                e.consume();
                next();
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                e.consume();
                model.back();
            } else if (e.isAltDown() && e.getCode() == KeyCode.S) {
                e.consume();
                model.skip();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave();
            }
        });
    }

    private void next() {
        ReflectionStep at = model.currentProperty().get();
        if (!model.next()) {
            // Stays on the step: the message is beside the field, and the field gets the keys.
            parts.get(at).focusWrong();
        } else if (at == ReflectionStep.NEXT_STEP) {
            leave();
        }
    }

    private void leave() {
        model.flush();
        Long id = model.applicationIdProperty().get();
        if (id != null) {
            onLeave.accept(id);
        }
    }

    private void showStep(ReflectionStep step) {
        if (step == null) {
            return;
        }
        String key = step.name().toLowerCase(Locale.ROOT);
        stepTitle.setText(step.label());
        stepPrompt.setText(Messages.text("ui.reflect.prompt." + key));
        nextStep.setText(Messages.text(step == ReflectionStep.NEXT_STEP ? "ui.reflect.finish" : "ui.reflect.next"));
        StepPart part = parts.get(step);
        stepHost.getChildren().setAll(part.node());
        stepScroll.setVvalue(0);
        if (stepList.getSelectionModel().getSelectedItem() != step) {
            stepList.getSelectionModel().select(step);
        }
        Platform.runLater(part::focusFirst);
    }

    /** Opens the reflection on application {@code id} at the step where it was left. */
    public void open(long id) {
        model.open(id);
    }

    /** Saves at once what is waiting to be saved. */
    public void flush() {
        model.flush();
    }

    /** A step in the list: its name and, in words, whether it is done, skipped or still to do. */
    private static final PseudoClass NEEDS_LOOK = PseudoClass.getPseudoClass("needs-look");

    private final class StepCell extends ListCell<ReflectionStep> {
        private final Label name = new Label();
        private final Label state = new Label();
        private final VBox box = new VBox(2, name, state);

        StepCell() {
            state.getStyleClass().add("step-state");
        }

        @Override
        protected void updateItem(ReflectionStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setId(null);
                setGraphic(null);
                return;
            }
            StepMark mark = model.marks().getOrDefault(step, StepMark.TO_DO);
            String glyph = switch (mark) {
                case DONE -> "\u2713 ";
                case SKIPPED -> "\u2013 ";
                case STARTED -> "\u25d0 ";
                case TO_DO -> "\u25cb ";
                case NEEDS_LOOK -> "! ";
            };
            name.setText(glyph + step.label());
            state.setText(Messages.text("ui.reflect.state." + mark.name().toLowerCase(Locale.ROOT)));
            state.pseudoClassStateChanged(NEEDS_LOOK, mark == StepMark.NEEDS_LOOK);
            setId("step_" + step.name().toLowerCase(Locale.ROOT));
            setGraphic(box);
        }
    }
}
