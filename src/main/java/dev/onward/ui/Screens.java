package dev.onward.ui;

import dev.onward.domain.Messages;
import dev.onward.service.DataFiles;
import dev.onward.service.OpenJournal;
import dev.onward.ui.applications.ApplicationsView;
import dev.onward.ui.applications.ApplicationsViewModel;
import dev.onward.ui.lessons.LessonsView;
import dev.onward.ui.lessons.LessonsViewModel;
import dev.onward.ui.reflect.FxScheduler;
import dev.onward.ui.reflect.ReflectView;
import dev.onward.ui.reflect.ReflectViewModel;
import dev.onward.ui.reflect.ReflectionSummaryViewModel;
import dev.onward.ui.reflect.ResumeOfferView;
import dev.onward.ui.reflect.ResumeOfferViewModel;
import dev.onward.ui.dashboard.DashboardView;
import dev.onward.ui.dashboard.DashboardViewModel;
import dev.onward.ui.dashboard.FigureText;
import dev.onward.ui.data.BackupsViewModel;
import dev.onward.ui.data.DataView;
import dev.onward.ui.data.ExportViewModel;
import dev.onward.ui.data.ImportViewModel;
import dev.onward.ui.data.JournalReopener;
import dev.onward.ui.lessons.PrepareDialog;
import dev.onward.ui.lessons.PrepareViewModel;
import dev.onward.ui.search.SearchView;
import dev.onward.ui.search.SearchViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The screens of the window and the ways between them. Each screen is registered here once, with
 * its place in the navigation; it is built the first time it is shown. A new screen is one
 * {@code register...} method and, where others lead to it, a {@link Navigator} method.
 */
public final class Screens implements Navigator {
    /** The dashboard's id: the home screen. */
    public static final String DASHBOARD = "dashboard";
    /** The Applications screen's id. */
    public static final String APPLICATIONS = "applications";
    /** The Reflect flow's id (a screen reached from an application, not from the navigation). */
    public static final String REFLECT = "reflect";
    /** The Lessons screen's id. */
    public static final String LESSONS = "lessons";
    /** The "Your data" screen's id: import, export and backups. */
    public static final String DATA = "data";

    private final MainWindow window;
    private final OpenJournal journal;
    private final TaskRunner runner;
    private final Clock clock;
    private final DateText dates;
    private final StartupProbe probe;
    private final List<Runnable> afterJournalShown = new ArrayList<>();
    private boolean journalShown;
    private ApplicationsView applications;
    private ReflectView reflect;
    private LessonsView lessons;
    private ReflectionSummaryViewModel reflectionSummary;
    private ApplicationsViewModel applicationsModel;
    private Supplier<DataFiles> dataFiles;
    private JournalReopener reopener;
    private DataView data;
    private DashboardView dashboard;
    private SearchView search;

    /**
     * Wires the screens of {@code window} to the services of {@code journal}; {@code probe} hears
     * when the first screen shows the journal.
     */
    public Screens(MainWindow window, OpenJournal journal, TaskRunner runner, Clock clock, DateText dates,
            StartupProbe probe) {
        this.probe = probe;
        this.window = window;
        this.journal = journal;
        this.runner = runner;
        this.clock = clock;
        this.dates = dates;
    }

    /** Adds every screen to the window and the shortcuts that reach them. */
    public void register() {
        registerDashboard();
        window.addScreen(APPLICATIONS, Messages.text("ui.nav.applications"), Messages.text("ui.nav.glyph.applications"),
                () -> applications().getRoot());
        window.addShortcut(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newApplication);
        registerLessons();
        registerReflect();
        registerSearch();
    }

    /** The Lessons screen, after Applications, and Ctrl+L to note a lesson from anywhere. */
    private void registerLessons() {
        window.addScreen(LESSONS, Messages.text("ui.nav.lessons"), Messages.text("ui.nav.glyph.lessons"),
                () -> lessons().getRoot());
        window.addShortcut(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> newLesson(Optional.empty()));
    }

    /** The Reflect flow, reached from an application or from the offer to resume. */
    private void registerReflect() {
        window.addHiddenScreen(REFLECT, () -> reflect().getRoot());
    }

    /**
     * Offers to resume a reflection left half done, if there is one. Call once the first screen is
     * shown: the background runner does one thing at a time, so the first screen's own reading
     * goes first (asked before it, at 10,000 applications the table came about 100 ms later).
     */
    public void offerToResume() {
        new ResumeOfferViewModel(journal.reflections(), journal.journal(), runner)
                .check(offer -> window.showOverlay(new ResumeOfferView(offer, this::reflectOn,
                        bar -> window.hideOverlay()).getRoot()));
    }

    /** Saves at once what the screens are still waiting to save (a reflection being typed); on closing. */
    public void flush() {
        if (reflect != null) {
            reflect.flush();
        }
    }

    /** Ctrl+F, from any screen, lays the search box over the window. */
    private void registerSearch() {
        window.addShortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::openSearch);
    }

    /** Opens the search box, keeping what was typed last time. */
    public void openSearch() {
        if (search == null) {
            search = new SearchView(new SearchViewModel(journal.search(), runner, this), dates, window::hideOverlay);
        }
        window.showOverlay(search.getRoot());
        search.focus();
    }

    /** The dashboard, first in the navigation; it counts its figures again each time it is shown. */
    private void registerDashboard() {
        window.addScreen(DASHBOARD, Messages.text("dashboard.nav"), Messages.text("dashboard.nav.glyph"),
                () -> dashboard().getRoot());
    }

    /** The screen to show first: the one shown last time when it still exists, else the dashboard. */
    public String firstScreen(Optional<String> lastShown) {
        return lastShown.filter(window::hasScreen).orElse(DASHBOARD);
    }

    @Override
    public void showApplication(long id) {
        window.show(APPLICATIONS);
        applications().select(id);
    }

    @Override
    public void newApplication() {
        window.show(APPLICATIONS);
        applications().startNew();
    }

    @Override
    public void reflectOn(long applicationId) {
        window.show(REFLECT);
        reflect().open(applicationId);
    }

    @Override
    public void newLesson(Optional<Long> applicationId) {
        window.show(LESSONS);
        lessons().startNew(applicationId);
    }

    @Override
    public void prepare(long stageKindId, String what) {
        new PrepareViewModel(journal.lessons(), journal.journal(), runner).read(stageKindId, what,
                checklist -> PrepareDialog.show(window.stage(), checklist),
                failure -> PrepareDialog.failed(window.stage(), failure));
    }

    @Override
    public void showLesson(long id) {
        window.show(LESSONS);
        lessons().reveal(id);
    }

    @Override
    public void show(String id) {
        window.show(window.hasScreen(id) ? id : APPLICATIONS);
    }

    private DashboardView dashboard() {
        if (dashboard == null) {
            FigureText text = new FigureText(dates, Locale.getDefault(Locale.Category.FORMAT));
            DashboardViewModel model = new DashboardViewModel(journal.insights(), journal.settings(), journal.journal(),
                    runner, clock, text);
            model.insightsProperty().addListener((obs, old, figures) -> {
                if (figures != null) {
                    journalRead(figures.applications());
                }
            });
            // Count first, then build the view: the figures are counted while the screen is laid out.
            model.refresh();
            dashboard = new DashboardView(model, this, clock);
            probe.reached("screen-built");
        }
        return dashboard;
    }

    private ApplicationsView applications() {
        if (applications == null) {
            ApplicationsViewModel model = new ApplicationsViewModel(journal.journal(), journal.companyMemory()::recall,
                    runner, clock, dates);
            model.loadedProperty().addListener((obs, was, loaded) -> {
                if (loaded) {
                    journalRead(model.rows().size());
                }
            });
            // Read first, then build the view: the list is read while the screen is laid out.
            model.load();
            applications = new ApplicationsView(model, this, reflectionSummary());
            probe.reached("screen-built");
            applicationsModel = model;
        }
        return applications;
    }

    /**
     * Runs {@code action} once the first screen has been laid out with the journal in it (at
     * once, if that has happened): for work that should wait until the user sees their journal.
     */
    public void whenJournalShown(Runnable action) {
        if (journalShown) {
            action.run();
        } else {
            afterJournalShown.add(action);
        }
    }

    /** The first screen's {@code items} reached the JavaFX thread: once laid out, the journal is shown. */
    private void journalRead(int items) {
        probe.reached("journal-read");
        NextLayout.then(window.stage().getScene(), () -> journalShown(items));
    }

    private void journalShown(int items) {
        probe.journalShown(items);
        if (!journalShown) {
            journalShown = true;
            afterJournalShown.forEach(Runnable::run);
            afterJournalShown.clear();
        }
    }

    private ReflectionSummaryViewModel reflectionSummary() {
        if (reflectionSummary == null) {
            reflectionSummary = new ReflectionSummaryViewModel(journal.reflections(), journal.lessons(), runner);
        }
        return reflectionSummary;
    }

    private ReflectView reflect() {
        if (reflect == null) {
            ReflectViewModel model = new ReflectViewModel(journal.reflections(), journal.journal(), journal.lessons(),
                    runner, clock, dates, new FxScheduler());
            // A news date changed in Reflect moves the application's last activity in the list.
            model.onOutcomeChanged(id -> applicationsChanged());
            reflect = new ReflectView(model, id -> {
                showApplication(id);
                reflectionSummary().reload();
            }, this::newApplication);
        }
        return reflect;
    }

    private LessonsView lessons() {
        if (lessons == null) {
            LessonsViewModel model = new LessonsViewModel(journal.lessons(), journal.journal(), runner);
            lessons = new LessonsView(model);
            model.load();
        }
        return lessons;
    }

    /**
     * Adds the "Your data" screen (import, export, backups) last in the navigation. Call after
     * {@link #register()}.
     *
     * @param files makes the file tools of the open journal, when the screen is first shown (they
     *     load the JSON and CSV libraries, which the other screens do not need)
     * @param reopener builds the screens again after a restore
     */
    public void registerData(Supplier<DataFiles> files, JournalReopener reopener) {
        this.dataFiles = files;
        this.reopener = reopener;
        window.addScreen(DATA, Messages.text("ui.nav.data"), Messages.text("ui.nav.glyph.data"), () -> data().getRoot());
    }

    /**
     * Shows the "Your data" screen with {@code text} as the last thing that happened, or as why
     * it did not happen when {@code problem}.
     */
    public void showData(String text, boolean problem) {
        window.show(DATA);
        if (problem) {
            data().backups().showFailure(text);
        } else {
            data().backups().showNotice(text);
        }
    }

    private DataView data() {
        if (data == null) {
            DataFiles files = dataFiles.get();
            ImportViewModel imports = new ImportViewModel(files.exchange(), files.spreadsheets(),
                    files.backups(), runner, this::applicationsChanged);
            BackupsViewModel backups = new BackupsViewModel(files.backups(), runner, dates, reopener);
            data = new DataView(imports, new ExportViewModel(files, runner, clock), backups, dates,
                    () -> window.show(APPLICATIONS));
            backups.load();
        }
        return data;
    }

    /**
     * Applications were added (an import) or changed elsewhere (an outcome's day in Reflect): the
     * list reads them again if it was built; else it reads them when first shown.
     */
    private void applicationsChanged() {
        if (applicationsModel != null) {
            applicationsModel.load();
        }
    }
}
