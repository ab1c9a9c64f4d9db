package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import java.util.function.LongConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The reflection in an application's detail pane: a few plain lines and the button that starts or
 * resumes the Reflect flow. Small enough to need no FXML.
 */
public final class ReflectionSummaryView {
    private final VBox root = new VBox(6);

    /** Shows {@code model}; {@code onReflect} opens the flow on the application's id. */
    public ReflectionSummaryView(ReflectionSummaryViewModel model, LongConsumer onReflect) {
        Label title = new Label(Messages.text("ui.reflect.summary.title"));
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("reflectionSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        Button reflect = new Button();
        reflect.setId("reflectButton");
        reflect.getStyleClass().add("accent");
        reflect.textProperty().bind(model.actionProperty());
        reflect.setOnAction(e -> onReflect.accept(model.applicationId()));
        root.getChildren().addAll(title, summary, reflect);
        root.visibleProperty().bind(model.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    /** The pane. */
    public VBox getRoot() {
        return root;
    }
}
