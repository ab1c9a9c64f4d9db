package dev.onward.ui.dashboard;

import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.InsightService;
import dev.onward.service.insight.InsightSettings;
import dev.onward.service.insight.Insights;
import dev.onward.service.insight.SuspectedGhost;
import dev.onward.service.settings.SettingsService;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard: every figure of {@link InsightService} for the user's settings and the chosen
 * period, computed on the {@link TaskRunner}; the headline figures as words, the suspected ghosts
 * with "mark no reply" and "snooze". Snoozing hides a suspected ghost until the app is next opened:
 * nothing is written, so nothing needs undoing.
 */
public final class DashboardViewModel {
    private final InsightService insightService;
    private final SettingsService settings;
    private final ApplicationService journal;
    private final TaskRunner runner;
    private final Clock clock;
    private final FigureText text;

    private final ObjectProperty<ChartRange> range = new SimpleObjectProperty<>(this, "range", ChartRange.ALL);
    private final ReadOnlyObjectWrapper<Insights> insights = new ReadOnlyObjectWrapper<>(this, "insights");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper pipelineEmpty = new ReadOnlyBooleanWrapper(this, "pipelineEmpty", false);
    private final ReadOnlyBooleanWrapper quietWeek = new ReadOnlyBooleanWrapper(this, "quietWeek", false);
    private final ReadOnlyStringWrapper pipeline = text("pipeline");
    private final ReadOnlyStringWrapper pipelineNote = text("pipelineNote");
    private final ReadOnlyStringWrapper thisWeek = text("thisWeek");
    private final ReadOnlyStringWrapper thisWeekNote = text("thisWeekNote");
    private final ReadOnlyStringWrapper streak = text("streak");
    private final ReadOnlyStringWrapper momentum = text("momentum");
    private final ReadOnlyStringWrapper momentumAllTime = text("momentumAllTime");
    private final ReadOnlyStringWrapper notFollowed = text("notFollowed");
    private final ReadOnlyStringWrapper ghostsIntro = text("ghostsIntro");
    private final ReadOnlyStringWrapper ghostsEmpty = text("ghostsEmpty");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<SuspectedGhost> ghosts = FXCollections.observableArrayList();
    private final ObservableList<SuspectedGhost> ghostsView = FXCollections.unmodifiableObservableList(ghosts);
    private final Set<Long> snoozed = new HashSet<>();
    private final SettingsFormViewModel settingsForm;

    /** Creates the dashboard's model; {@link #refresh()} computes the figures. */
    public DashboardViewModel(InsightService insightService, SettingsService settings, ApplicationService journal,
            TaskRunner runner, Clock clock, FigureText text) {
        this.insightService = insightService;
        this.settings = settings;
        this.journal = journal;
        this.runner = runner;
        this.clock = clock;
        this.text = text;
        this.settingsForm = new SettingsFormViewModel(settings, runner, this::refresh);
        range.addListener((obs, old, now) -> refresh());
        pipeline.set(Messages.text("dashboard.none"));
        thisWeek.set(Messages.text("dashboard.none"));
        streak.set(Messages.text("dashboard.none"));
        momentum.set(Messages.text("dashboard.none"));
    }

    private ReadOnlyStringWrapper text(String name) {
        return new ReadOnlyStringWrapper(this, name, "");
    }

    /** Computes every figure again from the journal, for the settings saved and the period chosen. */
    public void refresh() {
        loading.set(true);
        ChartRange chosen = range.get();
        runner.run(() -> {
            InsightSettings saved = settings.insightSettings();
            return new Computed(saved, insightService.insights(saved, chosen));
        }, this::show, this::fail);
    }

    /** The figures with the settings they were computed for. */
    private record Computed(InsightSettings settings, Insights figures) {
    }

    private void show(Computed computed) {
        Insights figures = computed.figures();
        loading.set(false);
        problem.set("");
        pipeline.set(Integer.toString(figures.active()));
        pipelineNote.set(Messages.text("dashboard.pipeline.note", figures.active()));
        pipelineEmpty.set(figures.active() == 0);
        quietWeek.set(figures.quietWeek() && figures.active() > 0);
        thisWeek.set(Messages.text("dashboard.week.value", figures.thisWeek(), figures.weeklyTarget()));
        thisWeekNote.set(Messages.text(figures.thisWeek() >= figures.weeklyTarget() ? "dashboard.week.met" : "dashboard.week.note",
                figures.weeklyTarget()));
        streak.set(Messages.text("dashboard.streak.value", figures.streakWeeks()));
        momentum.set(text.days(figures.momentumMedianDays90()));
        momentumAllTime.set(Messages.text("dashboard.momentum.allTime", text.days(figures.momentumMedianDays())));
        notFollowed.set(figures.rejections() == 0 ? Messages.text("dashboard.momentum.noRejections")
                : Messages.text("dashboard.momentum.notFollowed", figures.rejectionsNotFollowed()));
        ghostsIntro.set(Messages.text("dashboard.ghosts.intro", computed.settings().ghostDays()));
        ghostsEmpty.set(Messages.text("dashboard.ghosts.empty", computed.settings().ghostDays()));
        insights.set(figures);
        showGhosts();
    }

    private void showGhosts() {
        Insights figures = insights.get();
        ghosts.setAll(figures == null ? List.of()
                : figures.suspectedGhosts().stream().filter(g -> !snoozed.contains(g.applicationId())).toList());
    }

    private void fail(Exception failure) {
        loading.set(false);
        problem.set(ProblemText.of(failure));
    }

    /**
     * Records that no reply came for {@code ghost} (today, at the furthest stage it reached), computes
     * the figures again and hands its id to {@code then}, e.g. to open the Reflect flow.
     */
    public void markNoReply(SuspectedGhost ghost, LongConsumer then) {
        long id = ghost.applicationId();
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> {
            Optional<Long> endedAt = journal.furthestStage(id).map(StageKind::id);
            journal.recordOutcome(id, new Outcome(OutcomeKind.GHOSTED, today, endedAt, Optional.empty()));
            return id;
        }, marked -> {
            refresh();
            then.accept(marked);
        }, this::fail);
    }

    /** Hides {@code ghost} from the suspected ghosts until the app is next opened; writes nothing. */
    public void snooze(SuspectedGhost ghost) {
        snoozed.add(ghost.applicationId());
        showGhosts();
    }

    /** The period the charts cover; changing it computes the figures again. */
    public ObjectProperty<ChartRange> rangeProperty() {
        return range;
    }

    /** Every figure, or null until they are first computed. */
    public ReadOnlyObjectProperty<Insights> insightsProperty() {
        return insights.getReadOnlyProperty();
    }

    /** Whether the figures are being computed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether no application is active: the dashboard's one warning. */
    public ReadOnlyBooleanProperty pipelineEmptyProperty() {
        return pipelineEmpty.getReadOnlyProperty();
    }

    /** Whether applications are active but nothing has happened for a week. */
    public ReadOnlyBooleanProperty quietWeekProperty() {
        return quietWeek.getReadOnlyProperty();
    }

    /** The number of active applications, "13". */
    public ReadOnlyStringProperty pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    /** "active applications". */
    public ReadOnlyStringProperty pipelineNoteProperty() {
        return pipelineNote.getReadOnlyProperty();
    }

    /** "2 of 5". */
    public ReadOnlyStringProperty thisWeekProperty() {
        return thisWeek.getReadOnlyProperty();
    }

    /** What the week's figure counts, and whether the target is met. */
    public ReadOnlyStringProperty thisWeekNoteProperty() {
        return thisWeekNote.getReadOnlyProperty();
    }

    /** "4 weeks". */
    public ReadOnlyStringProperty streakProperty() {
        return streak.getReadOnlyProperty();
    }

    /** Median days from a rejection to the next application over the last 90 days, "5 days". */
    public ReadOnlyStringProperty momentumProperty() {
        return momentum.getReadOnlyProperty();
    }

    /** "All time: 6 days". */
    public ReadOnlyStringProperty momentumAllTimeProperty() {
        return momentumAllTime.getReadOnlyProperty();
    }

    /** How many rejections no application has followed yet, in a sentence. */
    public ReadOnlyStringProperty notFollowedProperty() {
        return notFollowed.getReadOnlyProperty();
    }

    /** "Active, with no news for 21 days or more." */
    public ReadOnlyStringProperty ghostsIntroProperty() {
        return ghostsIntro.getReadOnlyProperty();
    }

    /** "No active application has been quiet for 21 days or more." */
    public ReadOnlyStringProperty ghostsEmptyProperty() {
        return ghostsEmpty.getReadOnlyProperty();
    }

    /** What went wrong computing the figures or marking no reply; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The suspected ghosts not snoozed, the longest quiet first. */
    public ObservableList<SuspectedGhost> ghosts() {
        return ghostsView;
    }

    /** The form for the weekly target and the days before no reply is suggested. */
    public SettingsFormViewModel settingsForm() {
        return settingsForm;
    }

    /** The figures in words. */
    public FigureText text() {
        return text;
    }
}
