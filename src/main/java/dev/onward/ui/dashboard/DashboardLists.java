package dev.onward.ui.dashboard;

import dev.onward.domain.Messages;
import dev.onward.service.insight.CalibrationRow;
import dev.onward.service.insight.OnThisDayItem;
import dev.onward.service.insight.SuspectedGhost;
import dev.onward.service.insight.UpcomingItem;
import dev.onward.service.lessons.FocusArea;
import dev.onward.ui.Navigator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the rows of the dashboard's lists: upcoming days, suspected ghosts, a year ago, calibration, focus areas. */
final class DashboardLists {
    /** Suspected ghosts listed at most; the rest are counted. */
    static final int MAX_GHOSTS = 5;
    /** Things from a year ago listed at most, those nearest the day; the rest are counted. */
    static final int MAX_YEAR_AGO = 3;

    private final DashboardViewModel model;
    private final FigureText text;
    private final Navigator navigator;

    DashboardLists(DashboardViewModel model, Navigator navigator) {
        this.model = model;
        this.text = model.text();
        this.navigator = navigator;
    }

    /** A row per upcoming item: its day; for a stage, a link to the application and "Prepare". */
    List<Node> upcoming(List<UpcomingItem> items) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            UpcomingItem item = items.get(i);
            HBox row;
            if (item.kind() == UpcomingItem.Kind.STAGE) {
                Hyperlink link = link(text.upcoming(item), "upcoming" + i);
                link.setOnAction(e -> navigator.showApplication(item.id()));
                row = new HBox(8, date(item.day()), link);
                String prepareId = "prepare" + i;
                item.stageKindId().ifPresent(kind -> {
                    Button prepare = button(Messages.text("ui.prepare.button"), prepareId);
                    prepare.setOnAction(e -> navigator.prepare(kind, item.title()));
                    row.getChildren().add(prepare);
                });
            } else {
                row = new HBox(8, date(item.day()), wrapped(text.upcoming(item), "upcoming" + i, null));
            }
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            rows.add(row);
        }
        return rows;
    }

    /** A row per suspected ghost, the longest quiet first: what and since when, "Mark no reply" and "Snooze". */
    List<Node> ghosts(List<SuspectedGhost> ghosts) {
        List<Node> rows = new ArrayList<>();
        for (SuspectedGhost ghost : ghosts.subList(0, Math.min(ghosts.size(), MAX_GHOSTS))) {
            long id = ghost.applicationId();
            Hyperlink title = link(text.ghostTitle(ghost), "ghost-" + id);
            title.setOnAction(e -> navigator.showApplication(id));
            Label quiet = new Label(text.ghostQuiet(ghost));
            quiet.setWrapText(true);
            quiet.getStyleClass().add("muted");
            Button mark = button(Messages.text("dashboard.ghosts.markNoReply"), "markNoReply-" + id);
            mark.setOnAction(e -> model.markNoReply(ghost, navigator::reflectOn));
            Button snooze = button(Messages.text("dashboard.ghosts.snooze"), "snooze-" + id);
            snooze.getStyleClass().add("flat");
            snooze.setTooltip(new Tooltip(Messages.text("dashboard.ghosts.snooze.hint")));
            snooze.setOnAction(e -> model.snooze(ghost));
            VBox row = new VBox(4, title, quiet, new HBox(4, mark, snooze));
            row.getStyleClass().add("ghost-row");
            rows.add(row);
        }
        if (ghosts.size() > MAX_GHOSTS) {
            rows.add(wrapped(Messages.text("dashboard.ghosts.more", ghosts.size() - MAX_GHOSTS), "ghostsMore", "muted"));
        }
        return rows;
    }

    /**
     * A row per thing from around {@code yearAgo}, with what has happened since: the few nearest
     * that day, in the order they happened, then how many more there were.
     */
    List<Node> onThisDay(List<OnThisDayItem> items, LocalDate yearAgo) {
        List<OnThisDayItem> shown = nearest(items, yearAgo);
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            OnThisDayItem item = shown.get(i);
            Hyperlink what = link(item.what(), "onThisDay" + i);
            what.setOnAction(e -> navigator.showApplication(item.applicationId()));
            rows.add(new VBox(2, date(item.day()), what, wrapped(text.since(item), null, "muted")));
        }
        long more = applicationsNotShown(items, shown);
        if (more > 0) {
            rows.add(wrapped(Messages.text("dashboard.onThisDay.more", more), "onThisDayMore", "muted"));
        }
        return rows;
    }

    /** How many applications {@code items} hold that none of {@code shown} is about (a rejection is one with its sending). */
    static long applicationsNotShown(List<OnThisDayItem> items, List<OnThisDayItem> shown) {
        Set<Long> listed = shown.stream().map(OnThisDayItem::applicationId).collect(Collectors.toSet());
        return items.stream().map(OnThisDayItem::applicationId).filter(id -> !listed.contains(id)).distinct().count();
    }

    /**
     * At most {@link #MAX_YEAR_AGO} of {@code items}, those nearest {@code day} (the earlier first
     * when two are as near), in the order they happened.
     */
    static List<OnThisDayItem> nearest(List<OnThisDayItem> items, LocalDate day) {
        return items.stream()
                .sorted(Comparator.comparingLong((OnThisDayItem item) -> Math.abs(ChronoUnit.DAYS.between(day, item.day())))
                        .thenComparing(OnThisDayItem::day))
                .limit(MAX_YEAR_AGO)
                .sorted(Comparator.comparing(OnThisDayItem::day))
                .toList();
    }

    /** The calibration sentences (or "Needs a few more rated interviews."), then each kind's numbers. */
    List<Node> calibration(List<CalibrationRow> rows) {
        List<Node> nodes = new ArrayList<>();
        List<String> sentences = text.calibrationSentences(rows);
        boolean claims = rows.stream().anyMatch(r -> r.sentence().isPresent());
        for (int i = 0; i < sentences.size(); i++) {
            nodes.add(wrapped(sentences.get(i), "calibration" + i, claims ? "calibration-sentence" : "empty-state"));
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

    private Label date(java.time.LocalDate day) {
        Label date = new Label(text.day(day));
        date.getStyleClass().add("row-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        return date;
    }

    private static Hyperlink link(String words, String id) {
        Hyperlink link = new Hyperlink(words);
        link.setId(id);
        link.setWrapText(true);
        link.setTooltip(new Tooltip(words));
        return link;
    }

    private static Button button(String words, String id) {
        Button button = new Button(words);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
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
