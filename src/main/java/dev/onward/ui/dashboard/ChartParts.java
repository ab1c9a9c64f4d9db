package dev.onward.ui.dashboard;

import java.util.List;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** The pieces the dashboard's charts share: an axis of whole counts, a series from values, empty-state labels. */
final class ChartParts {
    private ChartParts() {
    }

    /** An axis of counts that shows only whole numbers, labelled {@code label}. */
    static NumberAxis counts(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        return axis;
    }

    /** A horizontal series: one bar segment of {@code values[i]} for each of {@code categories}. */
    static XYChart.Series<Number, String> across(String name, List<String> categories, List<? extends Number> values) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = 0; i < categories.size(); i++) {
            series.getData().add(new XYChart.Data<>(values.get(i), categories.get(i)));
        }
        return series;
    }

    /** A label for a chart's empty state, saying what to log. */
    static Label emptyState(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("empty-state");
        return label;
    }

    /** Shows or hides {@code node}, leaving no gap when hidden. */
    static void showIf(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Switches off what would move or blink when the figures change (LOOK.md: no motion). */
    static void still(XYChart<?, ?> chart, Axis<?> first, Axis<?> second) {
        chart.setAnimated(false);
        first.setAnimated(false);
        second.setAnimated(false);
    }
}
