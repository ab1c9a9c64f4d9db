package dev.onward.ui;

import dev.onward.ui.applications.ApplicationsView;
import dev.onward.ui.applications.ApplicationsViewModel;
import dev.onward.ui.dashboard.DashboardView;
import dev.onward.ui.dashboard.DashboardViewModel;
import dev.onward.ui.data.BackupsViewModel;
import dev.onward.ui.data.DataView;
import dev.onward.ui.data.JournalReopener;
import dev.onward.ui.lessons.LessonsView;
import dev.onward.ui.lessons.LessonsViewModel;
import dev.onward.ui.reflect.ReflectView;
import dev.onward.ui.reflect.ReflectViewModel;
import dev.onward.ui.reflect.ReflectionSummaryViewModel;
import java.time.Clock;

/**
 * The screens' views, each built the first time it is asked for, with its view model from
 * {@link ViewModels}; and how each one reads the journal again, which does nothing until it is built.
 */
final class ScreenViews {
    private final MainWindow window;
    private final ViewModels models;
    private final Navigator navigator;
    private final JournalShown journalShown;
    private final Clock clock;
    private final DateText dates;
    private final StartupProbe probe;
    private JournalReopener reopener;
    private DashboardView dashboard;
    private DashboardViewModel dashboardModel;
    private ApplicationsView applications;
    private ApplicationsViewModel applicationsModel;
    private ReflectionSummaryViewModel reflectionSummary;
    private ReflectView reflect;
    private ReflectViewModel reflectModel;
    private LessonsView lessons;
    private LessonsViewModel lessonsModel;
    private DataView data;
    private BackupsViewModel backupsModel;

    /** The views of {@code window}'s screens; they move between screens through {@code navigator}. */
    ScreenViews(MainWindow window, ViewModels models, Navigator navigator, JournalShown journalShown, Clock clock,
            DateText dates, StartupProbe probe) {
        this.window = window;
        this.models = models;
        this.navigator = navigator;
        this.journalShown = journalShown;
        this.clock = clock;
        this.dates = dates;
        this.probe = probe;
    }

    /** "Your data" builds the screens again through {@code reopener} after a restore. */
    void reopenWith(JournalReopener reopener) {
        this.reopener = reopener;
    }

    /** The dashboard counts again, unless it is counting already (it counts each time it is shown). */
    void rereadDashboard() {
        if (dashboard != null && !dashboardModel.loadingProperty().get()) {
            dashboardModel.refresh();
        }
    }

    /** The Applications screen reads its list and the shown application's reflection again. */
    void rereadApplications() {
        if (applications != null) {
            applicationsModel.load();
            reflectionSummary().reload();
        }
    }

    /** Reflect reads the application it is about again. */
    void rereadReflect() {
        if (reflect != null) {
            reflectModel.reread();
        }
    }

    /** The Lessons screen reads its lessons again. */
    void rereadLessons() {
        if (lessons != null) {
            lessonsModel.load();
        }
    }

    /** "Your data" reads its snapshots again. */
    void rereadData() {
        if (data != null) {
            backupsModel.load();
        }
    }

    /** Saves at once a reflection still being typed, if Reflect was ever opened. */
    void flushReflect() {
        if (reflect != null) {
            reflect.flush();
        }
    }

    /** The dashboard, which tells the probe when it first shows the user's figures. */
    DashboardView dashboard() {
        if (dashboard == null) {
            DashboardViewModel model = models.dashboard();
            model.insightsProperty().addListener((obs, old, figures) -> {
                if (figures != null) {
                    journalShown.read(window.stage().getScene(), figures.applications());
                }
            });
            dashboardModel = model;
            // Count first, then build the view: the figures are counted while the screen is laid out.
            model.refresh();
            dashboard = new DashboardView(model, navigator, clock);
            probe.reached("screen-built");
        }
        return dashboard;
    }

    /** The Applications screen, which tells the probe when it first shows the user's rows. */
    ApplicationsView applications() {
        if (applications == null) {
            ApplicationsViewModel model = models.applications();
            model.loadedProperty().addListener((obs, was, loaded) -> {
                if (loaded) {
                    journalShown.read(window.stage().getScene(), model.rows().size());
                }
            });
            // Read first, then build the view: the list is read while the screen is laid out.
            model.load();
            applicationsModel = model;
            applications = new ApplicationsView(model, navigator, reflectionSummary());
            probe.reached("screen-built");
        }
        return applications;
    }

    private ReflectionSummaryViewModel reflectionSummary() {
        if (reflectionSummary == null) {
            reflectionSummary = models.reflectionSummary();
        }
        return reflectionSummary;
    }

    /** The Reflect flow. */
    ReflectView reflect() {
        if (reflect == null) {
            reflectModel = models.reflect();
            reflect = new ReflectView(reflectModel, navigator::showApplication, navigator::newApplication);
        }
        return reflect;
    }

    /** The Lessons screen. */
    LessonsView lessons() {
        if (lessons == null) {
            lessonsModel = models.lessons();
            lessons = new LessonsView(lessonsModel);
            lessonsModel.load();
        }
        return lessons;
    }

    /** The "Your data" screen: import, export and backups. */
    DataView data() {
        if (data == null) {
            backupsModel = models.backups(reopener);
            data = new DataView(models.imports(), models.export(), backupsModel, dates, () -> window.show(Screens.APPLICATIONS));
            backupsModel.load();
        }
        return data;
    }
}
