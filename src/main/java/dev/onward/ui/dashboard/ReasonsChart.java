package dev.onward.ui.dashboard;

import dev.onward.domain.Messages;
import dev.onward.service.insight.ReasonCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * How often each possible reason was picked, split into in and outside the user's control, with
 * the share outside their control in one sentence and each count in words below.
 */
final class ReasonsChart {
    private final StackPane chartHost = new StackPane();
    private final Label summary = new Label();
    private final VBox rows = new VBox(2);
    private final Label empty = ChartParts.emptyState(Messages.text("dashboard.reasons.empty"), "reasonsEmpty");
    private final VBox root = new VBox(8, summary, chartHost, rows, empty);
    private final FigureText text;

    ReasonsChart(FigureText text) {
        this.text = text;
        summary.setId("reasonsSummary");
        summary.setWrapText(true);
        rows.setId("reasonRows");
    }

    /** The chart, its sentences and its empty state. */
    VBox root() {
        return root;
    }

    /** Shows {@code counts}, the most picked at the top. */
    void show(List<ReasonCount> counts) {
        boolean any = !counts.isEmpty();
        ChartParts.showIf(chartHost, any);
        ChartParts.showIf(summary, any);
        ChartParts.showIf(rows, any);
        ChartParts.showIf(empty, !any);
        summary.setText(text.reasonsSummary(counts));
        List<ReasonCount> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> Integer.compare(b.chosen(), a.chosen()));
        List<String> labels = sorted.stream().map(c -> c.reason().label()).toList();
        chartHost.getChildren().setAll(chart(sorted, labels));
        rows.getChildren().setAll(sorted.stream().map(c -> {
            Label row = new Label(text.reason(c));
            row.setWrapText(true);
            return row;
        }).toList());
    }

    /** A new chart each time: a chart refilled in place can keep stale axis labels. */
    private static StackedBarChart<Number, String> chart(List<ReasonCount> sorted, List<String> labels) {
        List<String> bottomUp = new ArrayList<>(labels);
        Collections.reverse(bottomUp);
        CategoryAxis reasons = new CategoryAxis(FXCollections.observableArrayList(bottomUp));
        NumberAxis counts = ChartParts.counts(Messages.text("dashboard.reasons.axis"));
        StackedBarChart<Number, String> chart = new StackedBarChart<>(counts, reasons);
        chart.setId("reasonsChart");
        chart.getStyleClass().add("reasons-chart");
        chart.setLegendSide(Side.TOP);
        ChartParts.still(chart, reasons, counts);
        chart.getData().setAll(List.of(
                ChartParts.across(Messages.text("dashboard.reasons.inControl"), labels,
                        sorted.stream().map(c -> c.chosen() - c.outsideMyControl()).toList()),
                ChartParts.across(Messages.text("dashboard.reasons.outside"), labels,
                        sorted.stream().map(ReasonCount::outsideMyControl).toList())));
        chart.setPrefHeight(Math.max(160, 34 * sorted.size() + 100));
        chart.setMinHeight(chart.getPrefHeight());
        return chart;
    }
}
