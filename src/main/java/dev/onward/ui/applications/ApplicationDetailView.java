package dev.onward.ui.applications;

import dev.onward.domain.Messages;
import dev.onward.domain.TimelineEntry;
import dev.onward.ui.DateText;
import dev.onward.ui.UiPart;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The detail pane: heading, timeline, add stage, record outcome, and the editable details. */
public final class ApplicationDetailView extends UiPart<ScrollPane> {
    private final ApplicationDetailViewModel model;
    private final DateText dates;
    private final ApplicationFormView form;

    @FXML
    private Label heading;
    @FXML
    private Label status;
    @FXML
    private Label summary;
    @FXML
    private Label notice;
    @FXML
    private GridPane timeline;
    @FXML
    private Label timelineEmpty;
    @FXML
    private StackPane belowTimeline;
    @FXML
    private StackPane stageFormHost;
    @FXML
    private StackPane outcomeFormHost;
    @FXML
    private StackPane detailsFormHost;
    @FXML
    private TitledPane stagePane;
    @FXML
    private TitledPane outcomePane;
    @FXML
    private TitledPane detailsPane;
    @FXML
    private Button saveDetails;
    @FXML
    private Button delete;

    /** Shows {@code model}; {@code onDelete} deletes the application shown. */
    public ApplicationDetailView(ApplicationDetailViewModel model, DateText dates, Runnable onDelete) {
        super("ApplicationDetailView.fxml");
        this.model = model;
        this.dates = dates;
        heading.textProperty().bind(model.headingProperty());
        summary.textProperty().bind(model.summaryProperty());
        model.statusProperty().addListener((obs, old, now) -> StatusLabel.show(status, now));
        StatusLabel.show(status, model.statusProperty().get());
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(Bindings.isNotEmpty(model.noticeProperty()));
        notice.managedProperty().bind(notice.visibleProperty());
        form = new ApplicationFormView(model.form(), true, model::save, () -> model.form().fill(
                model.applicationProperty().get().details()));
        detailsFormHost.getChildren().setAll(form.getRoot());
        stageFormHost.getChildren().setAll(new StageFormView(model.stageForm(), model.kinds(), model::addStage).getRoot());
        outcomeFormHost.getChildren().setAll(new OutcomeFormView(model.outcomeForm(), model.kinds(),
                model.endedProperty(), model::recordOutcome, model::reopen).getRoot());
        stagePane.expandedProperty().bindBidirectional(model.stageFormOpenProperty());
        outcomePane.expandedProperty().bindBidirectional(model.outcomeFormOpenProperty());
        for (TitledPane section : new TitledPane[] {stagePane, outcomePane, detailsPane}) {
            section.expandedProperty().addListener((obs, old, open) -> {
                if (open) {
                    Platform.runLater(() -> scrollIntoView(section));
                }
            });
        }
        saveDetails.setOnAction(e -> model.save());
        saveDetails.disableProperty().bind(model.busyProperty());
        delete.setOnAction(e -> onDelete.run());
        model.timeline().addListener((ListChangeListener<TimelineEntry>) change -> showTimeline());
        showTimeline();
    }

    /** Shows {@code part} under the timeline (the reflection on an ended application). */
    public void showBelowTimeline(Node part) {
        belowTimeline.getChildren().setAll(part);
    }

    private void showTimeline() {
        timeline.getChildren().clear();
        List<TimelineEntry> entries = new ArrayList<>(model.timeline());
        timelineEmpty.setVisible(entries.isEmpty());
        timelineEmpty.setManaged(entries.isEmpty());
        int row = 0;
        for (TimelineEntry entry : entries) {
            Label day = new Label(dates.show(entry.date()));
            day.getStyleClass().add("timeline-date");
            Label what = new Label(title(entry));
            what.getStyleClass().addAll("timeline-title", "timeline-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            what.setWrapText(true);
            VBox text = new VBox(2, what);
            detailOf(entry).ifPresent(more -> {
                Label extra = new Label(more);
                extra.getStyleClass().add("timeline-more");
                extra.setWrapText(true);
                extra.setMaxHeight(60);
                extra.setTooltip(new Tooltip(more));
                text.getChildren().add(extra);
            });
            GridPane.setValignment(day, VPos.TOP);
            timeline.addRow(row++, day, text);
        }
    }

    private String title(TimelineEntry entry) {
        StringBuilder line = new StringBuilder(entry.title());
        entry.time().ifPresent(t -> line.append(" \u00b7 ").append(dates.forField(t)));
        entry.stage().flatMap(s -> s.details().howItWent())
                .ifPresent(r -> line.append(" \u00b7 ").append(Messages.text("ui.timeline.rating", r.value())));
        return line.toString();
    }

    private static java.util.Optional<String> detailOf(TimelineEntry entry) {
        List<String> parts = new ArrayList<>();
        entry.stage().ifPresent(s -> {
            s.details().peopleMet().ifPresent(parts::add);
            s.details().notes().ifPresent(parts::add);
        });
        entry.outcome().flatMap(o -> o.message()).ifPresent(m -> parts.add("\u201c" + m + "\u201d"));
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" \u2014 ", parts));
    }

    /** Scrolls so that the opened {@code section} starts at the top of the pane, as far as it can. */
    private void scrollIntoView(Node section) {
        ScrollPane scroll = getRoot();
        scroll.layout();
        Node content = scroll.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        Bounds bounds = content.sceneToLocal(section.localToScene(section.getLayoutBounds()));
        double top = Math.max(0, bounds.getMinY() - 8);
        scroll.setVvalue(Math.min(1, top / (contentHeight - viewHeight)));
    }
}
