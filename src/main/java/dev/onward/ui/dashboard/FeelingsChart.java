package dev.onward.ui.dashboard;

import dev.onward.domain.Feeling;
import dev.onward.domain.Messages;
import dev.onward.service.insight.FeelingMonth;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The feelings named on reflections, month by month: average intensity per feeling, and each month in words. */
final class FeelingsChart {
    private final StackPane chartHost = new StackPane();
    private final VBox lines = new VBox(2);
    private final Label empty = ChartParts.emptyState(Messages.text("dashboard.feelings.empty"), "feelingsEmpty");
    private final VBox root = new VBox(8, chartHost, lines, empty);
    private final FigureText text;

    FeelingsChart(FigureText text) {
        this.text = text;
        lines.setId("feelingLines");
    }

    /** The chart, its lines and its empty state. */
    VBox root() {
        return root;
    }

    /** Shows {@code feelings}, oldest month first. */
    void show(List<FeelingMonth> feelings) {
        boolean any = !feelings.isEmpty();
        ChartParts.showIf(chartHost, any);
        ChartParts.showIf(lines, any);
        ChartParts.showIf(empty, !any);
        chartHost.getChildren().setAll(chart(feelings));
        lines.getChildren().setAll(text.feelingLines(feelings).stream().map(l -> {
            Label label = new Label(l);
            label.setWrapText(true);
            return label;
        }).toList());
    }

    /** A new chart each time: a chart refilled in place can keep stale axis labels. */
    private BarChart<String, Number> chart(List<FeelingMonth> feelings) {
        List<YearMonth> monthList = List.copyOf(new TreeSet<>(feelings.stream().map(FeelingMonth::month).toList()));
        CategoryAxis months = new CategoryAxis(FXCollections.observableArrayList(monthList.stream().map(text::month).toList()));
        NumberAxis intensity = new NumberAxis(Messages.text("dashboard.feelings.axis"), 0, 5, 1);
        intensity.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(months, intensity);
        chart.setId("feelingsChart");
        chart.setLegendSide(Side.TOP);
        chart.setPrefHeight(240);
        chart.setMinHeight(240);
        ChartParts.still(chart, months, intensity);
        Map<Feeling, List<FeelingMonth>> byFeeling = feelings.stream()
                .collect(Collectors.groupingBy(FeelingMonth::feeling, TreeMap::new, Collectors.toList()));
        byFeeling.forEach((feeling, named) -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(feeling.label());
            named.forEach(f -> series.getData().add(new XYChart.Data<>(text.month(f.month()), f.averageIntensity())));
            chart.getData().add(series);
        });
        return chart;
    }
}
