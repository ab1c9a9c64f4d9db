package dev.onward.ui.reflect;

import dev.onward.ui.UiPart;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The "Next step" step: the active pipeline, a plain warning when it is empty, and the way to add the next application. */
final class NextStepView extends UiPart<VBox> implements StepPart {
    @FXML
    private Label reflectPipelineCount;
    @FXML
    private Label reflectPipelineText;
    @FXML
    private Button addApplication;

    NextStepView(NextStep model, Runnable onNewApplication) {
        super("NextStepView.fxml");
        reflectPipelineCount.textProperty().bind(model.pipelineProperty().asString());
        reflectPipelineText.textProperty().bind(model.textProperty());
        model.emptyProperty().addListener((obs, old, empty) -> warn(empty));
        warn(model.emptyProperty().get());
        addApplication.setOnAction(e -> onNewApplication.run());
    }

    private void warn(boolean empty) {
        reflectPipelineText.getStyleClass().remove("pipeline-warning");
        if (empty) {
            reflectPipelineText.getStyleClass().add("pipeline-warning");
        }
    }

    @Override
    public Node node() {
        return getRoot();
    }

    @Override
    public void focusFirst() {
        addApplication.requestFocus();
    }
}
