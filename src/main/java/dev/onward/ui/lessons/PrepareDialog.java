package dev.onward.ui.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.Messages;
import dev.onward.domain.Theme;
import dev.onward.service.lessons.PrepareChecklist;
import dev.onward.ui.ProblemText;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Prepare: before a stage, the lessons to go over as a checklist, those for that kind of stage
 * first, then a few from each focus area. The ticks are for the moment only; nothing is saved.
 */
public final class PrepareDialog {
    private static final double WIDTH = 520;
    private static final double MAX_HEIGHT = 460;

    private PrepareDialog() {
    }

    /** Shows {@code checklist} over {@code owner}. */
    public static void show(Window owner, PrepareViewModel.Checklist checklist) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("app.title"));
        dialog.setHeaderText(Messages.text("ui.prepare.title", checklist.what()));
        dialog.getDialogPane().setId("prepare");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content(checklist.stage(), checklist.lessons()));
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.show();
    }

    /** Says that the checklist could not be read, and why. */
    public static void failed(Window owner, Exception failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Messages.text("ui.prepare.failed", ProblemText.of(failure)), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("app.title"));
        alert.show();
    }

    private static Node content(String stage, PrepareChecklist checklist) {
        VBox box = new VBox(8);
        box.getStyleClass().add("prepare");
        if (checklist.isEmpty()) {
            box.getChildren().add(wrapped(Messages.text("ui.prepare.empty", Messages.midSentence(stage)), "prepareEmpty"));
            return box;
        }
        if (!checklist.forTheStage().isEmpty()) {
            box.getChildren().add(heading(Messages.text("ui.prepare.forTheStage", Messages.midSentence(stage))));
            addChecks(box, checklist.forTheStage(), "prepareStage");
        }
        if (!checklist.fromFocusAreas().isEmpty()) {
            String themes = checklist.focusAreas().stream().map(Theme::label).collect(Collectors.joining(", "));
            Label heading = heading(Messages.text("ui.prepare.fromFocusAreas", themes));
            VBox.setMargin(heading, new Insets(box.getChildren().isEmpty() ? 0 : 8, 0, 0, 0));
            box.getChildren().add(heading);
            addChecks(box, checklist.fromFocusAreas(), "prepareFocus");
        }
        Label note = wrapped(Messages.text("ui.prepare.note"), "prepareNote");
        VBox.setMargin(note, new Insets(8, 0, 0, 0));
        box.getChildren().add(note);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(MAX_HEIGHT);
        // as tall as the list, up to MAX_HEIGHT; a longer list scrolls
        scroll.prefViewportHeightProperty().bind(Bindings.min(MAX_HEIGHT, box.heightProperty()));
        return scroll;
    }

    private static void addChecks(VBox box, List<Lesson> lessons, String idPrefix) {
        for (int i = 0; i < lessons.size(); i++) {
            CheckBox check = new CheckBox(lessons.get(i).details().text());
            check.setWrapText(true);
            check.setId(idPrefix + i);
            box.getChildren().add(check);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setId(id);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
