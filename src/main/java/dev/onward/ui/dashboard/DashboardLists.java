package dev.onward.ui.dashboard;

import dev.onward.domain.Messages;
import dev.onward.service.FocusArea;
import dev.onward.service.insight.CalibrationRow;
import dev.onward.service.insight.OnThisDayItem;
import dev.onward.service.insight.SuspectedGhost;
import dev.onward.service.insight.UpcomingItem;
import dev.onward.ui.Navigator;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the rows of the dashboard's lists: upcoming days, suspected ghosts, a year ago, calibration, focus areas. */
final class DashboardLists {
    private final DashboardViewModel model;
    private final FigureText text;
    private final Navigator navigator;

    DashboardLists(DashboardViewModel model, Navigator navigator) {
        this.model = model;
        this.text = model.text();
        this.navigator = navigator;
    }

    /** A row per upcoming item: its day, and a link to the application for a stage. */
    List<Node> upcoming(List<UpcomingItem> items) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            UpcomingItem item = items.get(i);
            Label day = new Label(text.day(item.day()));
            day.getStyleClass().add("row-date");
            Node what;
            if (item.kind() == UpcomingItem.Kind.STAGE) {
                Hyperlink link = new Hyperlink(text.upcoming(item));
                link.setOnAction(e -> navigator.showApplication(item.id()));
                what = link;
            } else {
                what = new Label(text.upcoming(item));
            }
            what.setId("upcoming" + i);
            HBox row = new HBox(8, day, what);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            rows.add(row);
        }
        return rows;
    }

    /** A row per suspected ghost: what and since when, "Mark no reply" and "Snooze". */
    List<Node> ghosts(List<SuspectedGhost> ghosts) {
        List<Node> rows = new ArrayList<>();
        for (SuspectedGhost ghost : ghosts) {
            long id = ghost.applicationId();
            Hyperlink title = new Hyperlink(text.ghostTitle(ghost));
            title.setId("ghost-" + id);
            title.setOnAction(e -> navigator.showApplication(id));
            title.setTooltip(new Tooltip(text.ghostTitle(ghost)));
            Label quiet = new Label(text.ghostQuiet(ghost));
            quiet.getStyleClass().add("muted");
            Button mark = new Button(Messages.text("dashboard.ghosts.markNoReply"));
            mark.setId("markNoReply-" + id);
            mark.getStyleClass().add("small");
            mark.setOnAction(e -> model.markNoReply(ghost, navigator::reflectOn));
            Button snooze = new Button(Messages.text("dashboard.ghosts.snooze"));
            snooze.setId("snooze-" + id);
            snooze.getStyleClass().addAll("small", "flat");
            snooze.setTooltip(new Tooltip(Messages.text("dashboard.ghosts.snooze.hint")));
            snooze.setOnAction(e -> model.snooze(ghost));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox buttons = new HBox(4, quiet, gap, mark, snooze);
            buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox row = new VBox(0, title, buttons);
            row.getStyleClass().add("ghost-row");
            rows.add(row);
        }
        return rows;
    }

    /** A row per thing from a year ago, with what has happened since. */
    List<Node> onThisDay(List<OnThisDayItem> items) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OnThisDayItem item = items.get(i);
            Label day = new Label(text.day(item.day()));
            day.getStyleClass().add("row-date");
            Hyperlink what = new Hyperlink(item.what());
            what.setId("onThisDay" + i);
            what.setOnAction(e -> navigator.showApplication(item.applicationId()));
            Label since = new Label(text.since(item));
            since.setWrapText(true);
            since.getStyleClass().add("muted");
            rows.add(new VBox(0, new HBox(8, day, what), since));
        }
        return rows;
    }

    /** The calibration sentences (or "Needs a few more rated interviews."), then each kind's numbers. */
    List<Node> calibration(List<CalibrationRow> rows) {
        List<Node> nodes = new ArrayList<>();
        List<String> sentences = text.calibrationSentences(rows);
        for (int i = 0; i < sentences.size(); i++) {
            nodes.add(wrapped(sentences.get(i), "calibration" + i, "calibration-sentence"));
        }
        rows.forEach(r -> nodes.add(wrapped(text.calibrationRow(r), null, "muted")));
        return nodes;
    }

    /** A row per focus area, or a sentence saying there is none yet. */
    List<Node> focusAreas(List<FocusArea> areas) {
        if (areas.isEmpty()) {
            return List.of(wrapped(Messages.text("dashboard.focus.empty"), "focusEmpty", "empty-state"));
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            nodes.add(wrapped(text.focusArea(areas.get(i)), "focus" + i, null));
        }
        return nodes;
    }

    private static Label wrapped(String words, String id, String styleClass) {
        Label label = new Label(words);
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
