package dev.onward.ui.dashboard;

import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.Insights;
import dev.onward.ui.Navigator;
import dev.onward.ui.UiPart;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The dashboard, the home screen: the pipeline with its warning at zero, this week against the
 * target, the streak and momentum; what is coming up, what has gone quiet and what happened a year
 * ago; then the charts for the chosen period, each with its numbers in words. A thin controller over
 * {@link DashboardViewModel}; the figures are computed again each time the screen is shown.
 */
public final class DashboardView extends UiPart<ScrollPane> {
    private final DashboardViewModel model;
    private final Clock clock;
    private final DashboardLists lists;
    private final FunnelChart funnel = new FunnelChart();
    private final ReasonsChart reasons;
    private final FeelingsChart feelings;
    private final ToggleGroup rangeGroup = new ToggleGroup();

    @FXML
    private Label today;
    @FXML
    private Label counting;
    @FXML
    private Button openSettings;
    @FXML
    private StackPane settingsHost;
    @FXML
    private Label problem;
    @FXML
    private VBox pipelineWarning;
    @FXML
    private VBox pipelineCard;
    @FXML
    private Label pipelineCount;
    @FXML
    private Label pipelineNote;
    @FXML
    private Label quietWeek;
    @FXML
    private Label thisWeek;
    @FXML
    private Label thisWeekNote;
    @FXML
    private Label streak;
    @FXML
    private Label momentum;
    @FXML
    private Label momentumAllTime;
    @FXML
    private Label notFollowed;
    @FXML
    private VBox upcomingList;
    @FXML
    private Label upcomingEmpty;
    @FXML
    private Label ghostsIntro;
    @FXML
    private VBox ghostList;
    @FXML
    private Label ghostsEmpty;
    @FXML
    private VBox onThisDayList;
    @FXML
    private Label onThisDayEmpty;
    @FXML
    private HBox rangeButtons;
    @FXML
    private VBox funnelCard;
    @FXML
    private VBox reasonsCard;
    @FXML
    private VBox feelingsCard;
    @FXML
    private VBox calibrationList;
    @FXML
    private VBox focusList;

    /** Shows {@code model}; links lead where {@code navigator} says. */
    public DashboardView(DashboardViewModel model, Navigator navigator, Clock clock) {
        super("DashboardView.fxml");
        this.model = model;
        this.clock = clock;
        this.lists = new DashboardLists(model, navigator);
        this.reasons = new ReasonsChart(model.text());
        this.feelings = new FeelingsChart(model.text());
        today.setText(model.text().day(LocalDate.now(clock)));
        funnelCard.getChildren().add(funnel.root());
        reasonsCard.getChildren().add(reasons.root());
        feelingsCard.getChildren().add(feelings.root());
        settingsHost.getChildren().add(new SettingsFormView(model.settingsForm()).getRoot());
        ChartParts.showIf(upcomingEmpty, false);
        ChartParts.showIf(onThisDayEmpty, false);
        bindFigures();
        bindLists();
        bindRange();
        // Shown again after another screen: count again, since the journal may have changed
        // (not while counting already, e.g. the first time, when counting began before the view).
        getRoot().parentProperty().addListener((obs, old, parent) -> {
            if (parent != null && !model.loadingProperty().get()) {
                model.refresh();
            }
        });
    }

    private void bindFigures() {
        showWhile(counting, model.loadingProperty());
        showText(problem, model.problemProperty());
        showWhile(pipelineWarning, model.pipelineEmptyProperty());
        model.pipelineEmptyProperty().addListener((obs, old, empty) -> mark(pipelineCard, "pipeline-empty", empty));
        showWhile(quietWeek, model.quietWeekProperty());
        pipelineCount.textProperty().bind(model.pipelineProperty());
        pipelineNote.textProperty().bind(model.pipelineNoteProperty());
        thisWeek.textProperty().bind(model.thisWeekProperty());
        thisWeekNote.textProperty().bind(model.thisWeekNoteProperty());
        streak.textProperty().bind(model.streakProperty());
        momentum.textProperty().bind(model.momentumProperty());
        momentumAllTime.textProperty().bind(model.momentumAllTimeProperty());
        notFollowed.textProperty().bind(model.notFollowedProperty());
        ghostsIntro.textProperty().bind(model.ghostsIntroProperty());
        ghostsEmpty.textProperty().bind(model.ghostsEmptyProperty());
        openSettings.setOnAction(e -> model.settingsForm().open());
        openSettings.disableProperty().bind(model.settingsForm().openProperty());
        showWhile(settingsHost, model.settingsForm().openProperty());
    }

    private void bindLists() {
        model.insightsProperty().addListener((obs, old, figures) -> {
            if (figures != null) {
                show(figures);
            }
        });
        model.ghosts().addListener((ListChangeListener<Object>) change -> showGhosts());
        showGhosts();
    }

    private void show(Insights figures) {
        today.setText(model.text().day(LocalDate.now(clock)));   // the window may stay open past midnight
        fill(upcomingList, upcomingEmpty, lists.upcoming(figures.upcoming()));
        fill(onThisDayList, onThisDayEmpty, lists.onThisDay(figures.onThisDay(), LocalDate.now(clock).minusYears(1)));
        funnel.show(figures.funnel());
        reasons.show(figures.reasons());
        feelings.show(figures.feelings());
        calibrationList.getChildren().setAll(lists.calibration(figures.calibration()));
        focusList.getChildren().setAll(lists.focusAreas(figures.focusAreas()));
        showGhosts();   // an empty list set empty again tells no listener, yet the empty state must show
    }

    private void showGhosts() {
        boolean loaded = model.insightsProperty().get() != null;
        fill(ghostList, ghostsEmpty, lists.ghosts(model.ghosts()));
        ChartParts.showIf(ghostsIntro, !model.ghosts().isEmpty());
        ChartParts.showIf(ghostsEmpty, loaded && model.ghosts().isEmpty());
    }

    private void bindRange() {
        ChartRange[] ranges = ChartRange.values();
        for (int i = 0; i < ranges.length; i++) {
            ChartRange range = ranges[i];
            ToggleButton button = new ToggleButton(FigureText.range(range));
            button.setId("range-" + range.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(rangeGroup);
            button.setUserData(range);
            button.getStyleClass().add(i == 0 ? "left-pill" : i == ranges.length - 1 ? "right-pill" : "center-pill");
            button.setSelected(range == model.rangeProperty().get());
            rangeButtons.getChildren().add(button);
        }
        rangeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);   // one period is always chosen
            } else {
                model.rangeProperty().set((ChartRange) now.getUserData());
            }
        });
    }

    private static void fill(VBox list, Label empty, java.util.List<Node> rows) {
        list.getChildren().setAll(rows);
        ChartParts.showIf(list, !rows.isEmpty());
        ChartParts.showIf(empty, rows.isEmpty());
    }

    private static void showWhile(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private static void showText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        showWhile(label, Bindings.isNotEmpty(text));
    }

    private static void mark(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
