package dev.onward.ui;

import dev.onward.service.Journal;
import dev.onward.ui.applications.ApplicationsViewModel;
import dev.onward.ui.dashboard.DashboardViewModel;
import dev.onward.ui.dashboard.FigureText;
import dev.onward.ui.data.BackupsViewModel;
import dev.onward.ui.data.ExportViewModel;
import dev.onward.ui.data.ImportViewModel;
import dev.onward.ui.data.JournalReopener;
import dev.onward.ui.lessons.LessonsViewModel;
import dev.onward.ui.lessons.PrepareViewModel;
import dev.onward.ui.reflect.FxScheduler;
import dev.onward.ui.reflect.ReflectViewModel;
import dev.onward.ui.reflect.ReflectionSummaryViewModel;
import dev.onward.ui.reflect.ResumeOfferViewModel;
import dev.onward.ui.search.SearchViewModel;
import java.time.Clock;
import java.util.Locale;

/**
 * Builds the view model of every screen over one open journal: the one place that hands the
 * journal's services to the window. Each call makes a new view model; {@link Screens} keeps them.
 */
public final class ViewModels {
    private final Journal journal;
    private final TaskRunner runner;
    private final Clock clock;
    private final DateText dates;

    /** View models over {@code journal}, working on {@code runner}; {@code clock} says what "now" is. */
    public ViewModels(Journal journal, TaskRunner runner, Clock clock, DateText dates) {
        this.journal = journal;
        this.runner = runner;
        this.clock = clock;
        this.dates = dates;
    }

    /** Today: the keep-going figures, lists and charts. */
    public DashboardViewModel dashboard() {
        FigureText text = new FigureText(dates, Locale.getDefault(Locale.Category.FORMAT));
        return new DashboardViewModel(journal.insights(), journal.settings(), journal.applications(), runner, clock, text);
    }

    /** The Applications list and its detail pane. */
    public ApplicationsViewModel applications() {
        return new ApplicationsViewModel(journal.applications(), journal.companyMemory()::recall, runner, clock, dates);
    }

    /** The reflection's summary in an application's detail pane. */
    public ReflectionSummaryViewModel reflectionSummary() {
        return new ReflectionSummaryViewModel(journal.reflections(), journal.lessons(), runner);
    }

    /** The Reflect flow. */
    public ReflectViewModel reflect() {
        return new ReflectViewModel(journal.reflections(), journal.applications(), journal.lessons(), runner, clock,
                dates, new FxScheduler());
    }

    /** The Lessons screen. */
    public LessonsViewModel lessons() {
        return new LessonsViewModel(journal.lessons(), journal.applications(), runner);
    }

    /** The checklist before a stage. */
    public PrepareViewModel prepare() {
        return new PrepareViewModel(journal.lessons(), journal.applications(), runner);
    }

    /** The search box; a result chosen goes where {@code navigator} takes it. */
    public SearchViewModel search(Navigator navigator) {
        return new SearchViewModel(journal.search(), runner, navigator);
    }

    /** The offer to resume a reflection left half done. */
    public ResumeOfferViewModel resumeOffer() {
        return new ResumeOfferViewModel(journal.reflections(), journal.applications(), runner);
    }

    /** Importing a spreadsheet, on "Your data". */
    public ImportViewModel imports() {
        return new ImportViewModel(journal.exchange(), journal.formats().spreadsheets(), journal.backups(), runner);
    }

    /** The four exports, on "Your data". */
    public ExportViewModel export() {
        return new ExportViewModel(journal.exchange(), journal.formats(), runner, clock);
    }

    /** Snapshots and restoring one, on "Your data"; {@code reopener} builds the screens again after a restore. */
    public BackupsViewModel backups(JournalReopener reopener) {
        return new BackupsViewModel(journal.backups(), runner, dates, reopener);
    }
}
