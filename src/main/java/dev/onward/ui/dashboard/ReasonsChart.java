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
import javafx.scene.layout.VBox;

/**
 * How often each possible reason was picked, split into in and outside the user's control, with
 * the share outside their control in one sentence and each count in words below.
 */
final class ReasonsChart {
    private final CategoryAxis reasons = new CategoryAxis();
    private final NumberAxis counts = ChartParts.counts(Messages.text("dashboard.reasons.axis"));
    private final StackedBarChart<Number, String> chart = new StackedBarChart<>(counts, reasons);
    private final Label summary = new Label();
    private final VBox rows = new VBox(2);
    private final Label empty = ChartParts.emptyState(Messages.text("dashboard.reasons.empty"));
    private final VBox root = new VBox(8, summary, chart, rows, empty);
    private final FigureText text;

    ReasonsChart(FigureText text) {
        this.text = text;
        chart.setId("reasonsChart");
        chart.getStyleClass().add("reasons-chart");
        chart.setLegendSide(Side.TOP);
        ChartParts.still(chart, reasons, counts);
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
        ChartParts.showIf(chart, any);
        ChartParts.showIf(summary, any);
        ChartParts.showIf(rows, any);
        ChartParts.showIf(empty, !any);
        summary.setText(text.reasonsSummary(counts));
        List<ReasonCount> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> Integer.compare(b.chosen(), a.chosen()));
        List<String> labels = sorted.stream().map(c -> c.reason().label()).toList();
        List<String> bottomUp = new ArrayList<>(labels);
        Collections.reverse(bottomUp);
        chart.getData().clear();
        reasons.setCategories(FXCollections.observableArrayList(bottomUp));
        chart.getData().setAll(List.of(
                ChartParts.across(Messages.text("dashboard.reasons.inControl"), labels,
                        sorted.stream().map(c -> c.chosen() - c.outsideMyControl()).toList()),
                ChartParts.across(Messages.text("dashboard.reasons.outside"), labels,
                        sorted.stream().map(ReasonCount::outsideMyControl).toList())));
        chart.setPrefHeight(Math.max(160, 34 * sorted.size() + 100));
        chart.setMinHeight(chart.getPrefHeight());
        rows.getChildren().setAll(sorted.stream().map(c -> new Label(text.reason(c))).toList());
    }
}
