package dev.onward.ui.dashboard;

import dev.onward.domain.Messages;
import dev.onward.domain.Status;
import dev.onward.service.insight.FunnelLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The funnel by furthest stage reached: one bar per kind of stage, as long as the applications that
 * got at least that far, split into those that went further and how the rest ended. The same
 * numbers stand in a table below it.
 */
final class FunnelChart {
    /** The segments of each bar, in order, with the word the legend and table use. */
    private static final List<Segment> SEGMENTS = List.of(
            new Segment(Messages.text("dashboard.funnel.further"), FunnelChart::further),
            new Segment(Status.OFFER.label(), FunnelLevel::offer),
            new Segment(Status.REJECTED.label(), FunnelLevel::rejected),
            new Segment(Status.GHOSTED.label(), FunnelLevel::ghosted),
            new Segment(Status.WITHDREW.label(), FunnelLevel::withdrew),
            new Segment(Messages.text("dashboard.funnel.active"), FunnelLevel::active));

    private record Segment(String name, ToIntFunction<FunnelLevel> count) {
    }

    private final StackPane chartHost = new StackPane();
    private final GridPane table = new GridPane();
    private final Label empty = ChartParts.emptyState(Messages.text("dashboard.funnel.empty"), "funnelEmpty");
    private final VBox root = new VBox(8, chartHost, table, empty);

    FunnelChart() {
        table.setId("funnelTable");
        table.getStyleClass().add("figure-table");
        table.setHgap(16);
        table.setVgap(2);
    }

    /** The chart, its table and its empty state. */
    VBox root() {
        return root;
    }

    /** Shows {@code levels}, up to the furthest stage any application reached. */
    void show(List<FunnelLevel> levels) {
        int last = levels.size() - 1;
        while (last >= 0 && levels.get(last).reached() == 0) {
            last--;
        }
        List<FunnelLevel> shown = levels.subList(0, last + 1);
        ChartParts.showIf(chartHost, !shown.isEmpty());
        ChartParts.showIf(table, !shown.isEmpty());
        ChartParts.showIf(empty, shown.isEmpty());
        chartHost.getChildren().setAll(chart(shown));
        showTable(shown);
    }

    /** A new chart each time: a chart refilled in place can keep stale axis labels. */
    private static StackedBarChart<Number, String> chart(List<FunnelLevel> shown) {
        // The first stage at the top: a category axis lists from the bottom up.
        List<String> names = shown.stream().map(FunnelLevel::stage).toList();
        List<String> bottomUp = new ArrayList<>(names);
        Collections.reverse(bottomUp);
        CategoryAxis stages = new CategoryAxis(FXCollections.observableArrayList(bottomUp));
        NumberAxis counts = ChartParts.counts(Messages.text("dashboard.funnel.axis"));
        StackedBarChart<Number, String> chart = new StackedBarChart<>(counts, stages);
        chart.setId("funnelChart");
        chart.getStyleClass().add("funnel-chart");
        chart.setLegendSide(Side.TOP);
        chart.setCategoryGap(8);
        ChartParts.still(chart, stages, counts);
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (Segment segment : SEGMENTS) {
            series.add(ChartParts.across(segment.name(), names, shown.stream().map(l -> segment.count().applyAsInt(l)).toList()));
        }
        chart.getData().setAll(series);
        chart.setPrefHeight(Math.max(200, 34 * shown.size() + 110));
        chart.setMinHeight(chart.getPrefHeight());
        return chart;
    }

    private void showTable(List<FunnelLevel> shown) {
        table.getChildren().clear();
        table.addRow(0, heading(Messages.text("dashboard.funnel.stage")), heading(Messages.text("dashboard.funnel.reached")));
        for (int s = 0; s < SEGMENTS.size(); s++) {
            table.add(heading(SEGMENTS.get(s).name()), s + 2, 0);
        }
        for (int i = 0; i < shown.size(); i++) {
            FunnelLevel level = shown.get(i);
            table.add(cell(level.stage(), "funnelStage" + i), 0, i + 1);
            table.add(cell(Integer.toString(level.reached()), "funnelReached" + i), 1, i + 1);
            for (int s = 0; s < SEGMENTS.size(); s++) {
                table.add(cell(Integer.toString(SEGMENTS.get(s).count().applyAsInt(level)), "funnel" + i + "_" + s), s + 2, i + 1);
            }
        }
    }

    private static int further(FunnelLevel level) {
        return level.reached() - level.offer() - level.rejected() - level.ghosted() - level.withdrew() - level.active();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("table-heading");
        return label;
    }

    private static Label cell(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }
}
