package dev.onward.ui.lessons;

import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.ui.ChoiceText;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One lesson on the Lessons screen: its words, what it applies to, how often noted, its status, edit and delete. */
final class LessonRowView {
    private final HBox root;

    LessonRowView(LessonRow row, LessonsViewModel model) {
        Label text = new Label(row.lesson().details().text());
        text.setWrapText(true);
        text.getStyleClass().add("lesson-text");
        List<String> meta = new ArrayList<>();
        meta.add(Messages.text(row.lesson().details().inMyControl() ? "ui.lessons.inMyControl"
                : "ui.lessons.outOfControl"));
        row.stageName().ifPresent(meta::add);
        Label details = new Label(String.join(" \u00b7 ", meta));
        details.getStyleClass().add("lesson-meta");
        HBox facts = new HBox(8, details);
        if (row.timesNoted() > 1) {
            Label times = new Label(Messages.text("ui.lessons.timesNoted", row.timesNoted()));
            times.getStyleClass().add("times-noted");
            facts.getChildren().add(times);
        }
        VBox words = new VBox(4, text, facts);
        HBox.setHgrow(words, Priority.ALWAYS);
        ComboBox<LessonStatus> status = new ComboBox<>(FXCollections.observableArrayList(LessonStatus.values()));
        status.setConverter(ChoiceText.of(LessonStatus::label, ""));
        status.setValue(row.lesson().details().status());
        status.getStyleClass().add("lesson-status");
        status.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != row.lesson().details().status()) {
                model.changeStatus(row.lesson().id(), now);
            }
        });
        Button edit = new Button(Messages.text("ui.lessons.editButton"));
        edit.getStyleClass().addAll("flat", "lesson-edit");
        edit.setOnAction(e -> model.startEdit(row.lesson()));
        Button delete = new Button(Messages.text("ui.lessons.delete"));
        delete.getStyleClass().addAll("flat", "danger", "lesson-delete");
        delete.setOnAction(e -> model.delete(row.lesson().id()));
        root = new HBox(8, words, status, edit, delete);
        root.getStyleClass().add("lesson-row");
        root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    HBox getRoot() {
        return root;
    }
}
