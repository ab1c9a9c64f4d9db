package dev.onward.ui;

import dev.onward.domain.Messages;
import dev.onward.service.Journal;
import dev.onward.service.JournalChange;
import dev.onward.ui.data.JournalReopener;
import dev.onward.ui.lessons.PrepareDialog;
import dev.onward.ui.reflect.ReflectView;
import dev.onward.ui.reflect.ResumeOfferView;
import dev.onward.ui.search.SearchView;
import dev.onward.ui.search.SearchViewModel;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The screens of the window and the ways between them. Each screen is registered here once, with
 * its place in the navigation, the kinds of data it shows and how it reads them again (so no
 * screen can be left showing what the journal no longer holds); it is built the first time it is
 * shown, its view model made by {@link ViewModels}.
 */
public final class Screens implements Navigator, AutoCloseable {
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
    /** The search box's id: laid over the window, kept fresh like a screen. */
    public static final String SEARCH = "search";

    private final MainWindow window;
    private final ViewModels models;
    private final DateText dates;
    private final FreshScreens fresh;
    private final JournalShown journalShown;
    private final ScreenViews views;
    private SearchView search;
    private SearchViewModel searchModel;

    /**
     * Wires the screens of {@code window} to {@code journal}, working on {@code runner}; {@code probe}
     * hears when the first screen shows the journal. The screens hear the journal's changes on the
     * JavaFX thread.
     */
    public Screens(MainWindow window, Journal journal, TaskRunner runner, Clock clock, DateText dates,
            StartupProbe probe) {
        this(window, journal, new FreshScreens(journal.changes(), Platform::runLater), runner, clock, dates, probe);
    }

    private Screens(MainWindow window, Journal journal, FreshScreens fresh, TaskRunner runner, Clock clock,
            DateText dates, StartupProbe probe) {
        this(window, new ViewModels(journal, fresh.tagging(runner), clock, dates), fresh, clock, dates, probe);
    }

    /** Wires the screens with their view models made by {@code models} and kept true by {@code fresh}. */
    Screens(MainWindow window, ViewModels models, FreshScreens fresh, Clock clock, DateText dates, StartupProbe probe) {
        this.window = window;
        this.models = models;
        this.fresh = fresh;
        this.journalShown = new JournalShown(probe);
        this.dates = dates;
        this.views = new ScreenViews(window, models, this, journalShown, clock, dates, probe);
        window.onScreenShown(this::shown);
    }

    /** Adds every screen to the window and the shortcuts that reach them. */
    public void register() {
        screen(DASHBOARD, "dashboard.nav", "dashboard.nav.glyph", () -> views.dashboard().getRoot(),
                JournalChange.everything(), views::rereadDashboard);
        screen(APPLICATIONS, "ui.nav.applications", "ui.nav.glyph.applications",
                () -> views.applications().getRoot(), JournalChange.everything(), views::rereadApplications);
        window.addShortcut(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newApplication);
        screen(LESSONS, "ui.nav.lessons", "ui.nav.glyph.lessons", () -> views.lessons().getRoot(),
                EnumSet.of(JournalChange.LESSONS, JournalChange.STAGES, JournalChange.APPLICATIONS),
                views::rereadLessons);
        window.addShortcut(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> newLesson(Optional.empty()));
        window.addHiddenScreen(REFLECT, () -> views.reflect().getRoot());
        fresh.watch(REFLECT, JournalChange.everything(), views::rereadReflect);
        window.addShortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::openSearch);
        fresh.watch(SEARCH, JournalChange.everything(), () -> {
            if (search != null) {
                searchModel.searchAgain();
            }
        });
    }

    /**
     * Adds the "Your data" screen (import, export, backups) last in the navigation. Call after
     * {@link #register()}; {@code reopener} builds the screens again after a restore.
     */
    public void registerData(JournalReopener reopener) {
        views.reopenWith(reopener);
        // Imports and restores change everything, and an import takes the day's snapshot.
        screen(DATA, "ui.nav.data", "ui.nav.glyph.data", () -> views.data().getRoot(), JournalChange.everything(),
                views::rereadData);
    }

    /**
     * Screen {@code id} is on view: a reflection being typed is saved first (as Reflect's own
     * change, before the next screen reads), then the screen reads again if it missed a change.
     */
    private void shown(String id) {
        if (!REFLECT.equals(id)) {
            flush();
        }
        fresh.shown(id);
    }

    /** A screen in the navigation, watched for changes of what it {@code shows}. */
    private void screen(String id, String labelKey, String glyphKey, Supplier<Node> build, Set<JournalChange> shows,
            Runnable reread) {
        window.addScreen(id, Messages.text(labelKey), Messages.text(glyphKey), build);
        fresh.watch(id, shows, reread);
    }

    /** Whether every screen of the window reads again when the journal changes under it. */
    boolean everyScreenWatched() {
        return window.screenIds().stream().allMatch(fresh::watches);
    }

    /** The screens' watch over the journal's changes. */
    FreshScreens fresh() {
        return fresh;
    }

    /**
     * Offers to resume a reflection left half done, if there is one. Call once the first screen is
     * shown: the background runner does one thing at a time, so the first screen's own reading
     * goes first (asked before it, at 10,000 applications the table came about 100 ms later).
     */
    public void offerToResume() {
        models.resumeOffer().check(offer -> window.showOverlay(new ResumeOfferView(offer, this::reflectOn,
                bar -> window.hideOverlay()).getRoot()));
    }

    /** Saves at once what the screens are still waiting to save (a reflection being typed); on closing. */
    public void flush() {
        views.flushReflect();
    }

    /** Stops hearing the journal: the screens are going (a restore builds new ones, or the journal was refused). */
    @Override
    public void close() {
        fresh.close();
    }

    /** Opens the search box, keeping what was typed last time (its results read again if the journal changed). */
    public void openSearch() {
        if (search == null) {
            searchModel = models.search(this);
            search = new SearchView(searchModel, dates, window::hideOverlay);
        }
        fresh.shown(SEARCH);
        window.showOverlay(search.getRoot());
        search.focus();
    }

    /** The screen to show first: the one shown last time when it still exists, else the dashboard. */
    public String firstScreen(Optional<String> lastShown) {
        return lastShown.filter(window::hasScreen).orElse(DASHBOARD);
    }

    @Override
    public void showApplication(long id) {
        window.show(APPLICATIONS);
        views.applications().select(id);
    }

    @Override
    public void newApplication() {
        window.show(APPLICATIONS);
        views.applications().startNew();
    }

    @Override
    public void reflectOn(long applicationId) {
        ReflectView reflect = views.reflect();
        fresh.fresh(REFLECT); // opening reads the application afresh
        window.show(REFLECT);
        reflect.open(applicationId);
    }

    @Override
    public void newLesson(Optional<Long> applicationId) {
        window.show(LESSONS);
        views.lessons().startNew(applicationId);
    }

    @Override
    public void prepare(long stageKindId, String what) {
        models.prepare().read(stageKindId, what, checklist -> PrepareDialog.show(window.stage(), checklist),
                failure -> PrepareDialog.failed(window.stage(), failure));
    }

    @Override
    public void showLesson(long id) {
        window.show(LESSONS);
        views.lessons().reveal(id);
    }

    @Override
    public void show(String id) {
        window.show(window.hasScreen(id) ? id : APPLICATIONS);
    }

    /**
     * Runs {@code action} once the first screen has been laid out with the journal in it (at
     * once, if that has happened): for work that should wait until the user sees their journal.
     */
    public void whenJournalShown(Runnable action) {
        journalShown.then(action);
    }

    /**
     * Shows the "Your data" screen with {@code text} as the last thing that happened, or as why
     * it did not happen when {@code problem}.
     */
    public void showData(String text, boolean problem) {
        window.show(DATA);
        if (problem) {
            views.data().backups().showFailure(text);
        } else {
            views.data().backups().showNotice(text);
        }
    }
}
