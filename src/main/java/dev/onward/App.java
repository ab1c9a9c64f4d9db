package dev.onward;

import dev.onward.domain.Messages;
import dev.onward.instance.WindowPlacement;
import dev.onward.service.DataFolder;
import dev.onward.service.Journal;
import dev.onward.service.backup.BackupService;
import dev.onward.service.backup.Snapshot;
import dev.onward.ui.DateText;
import dev.onward.ui.FirstFrame;
import dev.onward.ui.FxTaskRunner;
import dev.onward.ui.MainWindow;
import dev.onward.ui.RefusedJournalDialog;
import dev.onward.ui.Screens;
import dev.onward.ui.StartupProbe;
import dev.onward.ui.Theme;
import dev.onward.ui.WindowKeeper;
import dev.onward.ui.data.JournalReopener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The composition root of the window: builds every part once and wires them by hand. The window
 * shows first, as an empty frame, while the journal opens on the background runner; then the
 * window is filled, and the first screen shows the journal once it is open.
 * A journal file that cannot be opened is reported and left exactly as it is.
 */
public final class App {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    /** When the check for damage starts, and the icons come, if the first screen has not shown the journal by then. */
    private static final Duration SETTLED_AT_THE_LATEST = Duration.seconds(1.5);

    private final Path dataFolder;
    /** Run on the JavaFX thread once the first frame is laid out; see {@link #launch(Runnable, Runnable)}. */
    private Runnable afterShown = () -> { };
    /** Run first thing when the window closes; see {@link #launch(Runnable, Runnable)}. */
    private Runnable beforeStop = () -> { };
    private final FxTaskRunner runner = new FxTaskRunner();
    private final StartupProbe probe = StartupProbe.fromEnvironment();
    /** The journal being opened, from the moment the first frame is laid out. */
    private CompletableFuture<Journal> opening;
    private final WindowJournal journal;
    private volatile Stage window;
    private Screens openScreens;
    private MainWindow openWindow;
    private boolean stopped;

    /** An app on the journal in {@code dataFolder}; {@code clock} says what "now" is. */
    public App(Path dataFolder, Clock clock) {
        this(dataFolder, () -> clock);
    }

    private App(Path dataFolder, Supplier<Clock> clockSource) {
        this.dataFolder = dataFolder;
        this.journal = new WindowJournal(dataFolder, clockSource, runner,
                refused -> Platform.runLater(() -> closeRefused(refused)));
    }

    /**
     * An app on the journal in {@code dataFolder} whose "now" is the system clock in the default
     * time zone, read behind the window: finding the zone reads the time-zone database, about
     * 20 ms before a double-click could show anything.
     */
    public static App onSystemClock(Path dataFolder) {
        return new App(dataFolder, Clock::systemDefaultZone);
    }

    /**
     * Starts JavaFX and opens the window, then runs {@code whenShown} on the JavaFX thread once the
     * window's first frame is laid out, and {@code whenClosing} first thing when the window closes;
     * returns at once. Call from the main thread, once.
     */
    public void launch(Runnable whenShown, Runnable whenClosing) {
        probe.reached("launch");
        afterShown = whenShown;
        beforeStop = whenClosing;
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> {
                stop();
                // After the window has finished hiding: exiting inside its own hiding left the
                // toolkit half-closed, and every close printed an IllegalStateException.
                Platform.runLater(Platform::exit);
            });
            start(stage);
        });
    }

    /**
     * Shows {@code stage} at once as an empty frame, then fills it with the window; the journal
     * opens in the background meanwhile and the first screen shows it when it is ready.
     */
    public void start(Stage stage) {
        this.window = stage;
        // Back from another window (a terminal where a command wrote, say): look for its writes now.
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                journal.lookForOtherWriters();
            }
        });
        Optional<WindowPlacement> placement = WindowPlacement.load(dataFolder);
        placement.ifPresent(p -> WindowKeeper.place(stage, p));
        FirstFrame.show(stage, () -> fill(stage, placement));
        probe.reached("window-shown");
    }

    /**
     * Opens the journal in the background, then builds the window in the frame already on screen
     * and waits, without blocking, for the journal.
     */
    private void fill(Stage stage, Optional<WindowPlacement> placement) {
        if (stopped) {
            return;
        }
        probe.reached("first-frame");
        // Only now, once the frame is laid out: started any earlier, the journal's work (and the
        // socket for later launches) competes on two cores with the toolkit and the X server
        // while the window is being mapped (measured: it came 15-40 ms later, the journal no sooner).
        opening = runner.start(journal::open);
        afterShown.run();
        Theme.LIGHT.apply();
        MainWindow window = new MainWindow(stage);
        openWindow = window;
        stage.setOnCloseRequest(e -> WindowKeeper.remember(window, dataFolder));
        window.addShortcut(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> WindowKeeper.close(stage));
        probe.reached("window-filled");
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (stopped) {
                return;
            }
            if (failure == null) {
                probe.reached("journal-open");
                showJournal(window, opened, placement);
            } else {
                showFailure(window, failure instanceof Exception e ? e : new IllegalStateException(failure));
            }
        }));
    }

    /**
     * The background check found the journal damaged: the screens go, the file is left as it is.
     * The check starts only once the screens are there (showJournal), so the window is filled.
     */
    private void closeRefused(Throwable refused) {
        if (stopped) {
            return;
        }
        closeScreens();
        openWindow.removeScreens(Messages.text("ui.open.closed"));
        showFailure(openWindow, refused instanceof Exception e ? e : new IllegalStateException(refused));
    }

    private void showJournal(MainWindow window, Journal opened, Optional<WindowPlacement> placement) {
        // What waits until the user sees their journal: the check for damage reads the whole file
        // (started with the journal, it slowed the first screen by about 110 ms at 10,000
        // applications), and the icons' PNGs competed with it too. Both may run twice, harmlessly.
        Runnable settled = () -> {
            opened.startCheck();
            WindowKeeper.addIcons(window.stage());
        };
        atTheLatest(settled);
        try {
            Screens screens = screens(window, opened);
            window.show(screens.firstScreen(placement.map(WindowPlacement::screen)));
            screens.offerToResume();
            screens.whenJournalShown(settled);
            if (!opened.notices().isEmpty()) {
                RefusedJournalDialog.noticed(window, opened.notices());
            }
        } catch (RuntimeException e) {
            // A screen that cannot be built must not leave "Opening your journal" on screen for ever.
            LOG.log(Level.SEVERE, "The Applications screen could not be built", e);
            window.showMessage(Messages.text("ui.problem.unknown"));
        }
    }

    /**
     * Runs {@code settled} a moment after the journal opened, should the first screen not have
     * shown it by then (Lessons and "Your data" do not say when they have).
     */
    private static void atTheLatest(Runnable settled) {
        PauseTransition fallback = new PauseTransition(SETTLED_AT_THE_LATEST);
        fallback.setOnFinished(e -> settled.run());
        fallback.play();
    }

    /** Registers every screen over {@code opened}, "Your data" last; the screens shown before stop listening. */
    private Screens screens(MainWindow window, Journal opened) {
        closeScreens();
        Screens screens = new Screens(window, opened, runner, journal.clock(), DateText.forDefaultLocale(), probe);
        screens.register();
        screens.registerData(reopener(window));
        openScreens = screens;
        return screens;
    }

    private void closeScreens() {
        if (openScreens != null) {
            openScreens.close();
            openScreens = null;
        }
    }

    /** Builds the screens again after a restore: the window's side of {@link JournalReopener}. */
    private JournalReopener reopener(MainWindow window) {
        return new JournalReopener() {
            @Override
            public void close(String message) {
                window.removeScreens(message);
            }

            @Override
            public void reopen(String text, boolean problem) {
                rebuild(window, text, problem);
            }
        };
    }

    /**
     * Shows the journal afresh after a restore. The restore wrote through the open connection
     * (SQLite's backup API, after snapshotting the journal as it was), so the file and its
     * services stay open; every screen is built again, so none keeps showing, or saving, what was
     * there before. Work already queued runs first: the runner does one thing at a time.
     */
    private void rebuild(MainWindow window, String text, boolean problem) {
        runner.run(journal::current, restored -> {
            try {
                Screens screens = screens(window, restored);
                screens.showData(text, problem);
                screens.offerToResume();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The screens could not be built again after a restore", e);
                window.showMessage(Messages.text("ui.problem.unknown"));
            }
        }, failure -> showFailure(window, failure));
    }

    private void showFailure(MainWindow window, Exception failure) {
        WindowKeeper.addIcons(window.stage());
        LOG.log(Level.WARNING, "The journal could not be opened", failure);
        Path journal = dataFolder.resolve(DataFolder.JOURNAL_FILE);
        RefusedJournalDialog.show(window, failure, journal, BackupService.newestBeside(journal),
                snapshot -> restoreInstead(window, snapshot));
    }

    /**
     * The way out of a journal that cannot be opened: {@code snapshot} goes in its place and the
     * file is set aside, untouched; then the journal opens as at start.
     */
    private void restoreInstead(MainWindow window, Snapshot snapshot) {
        runner.run(() -> journal.restoreInstead(snapshot), rescued -> {
            showJournal(window, rescued.journal(), Optional.empty());
            RefusedJournalDialog.restored(window, snapshot, rescued.setAside());
        }, failure -> showFailure(window, failure));
    }

    /**
     * Brings the window to the front, e.g. when Onward is started a second time on the same data
     * folder. Safe to call from any thread.
     */
    public void bringToFront() {
        Platform.runLater(() -> {
            Stage shown = window;
            if (shown != null) {
                WindowKeeper.toFront(shown);
            }
        });
    }

    /**
     * Runs what was asked for when the window closes (the launcher stops hearing later launches),
     * lets pending saves finish, closes the journal and stops the background thread. Safe to call
     * more than once.
     */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        beforeStop.run();
        if (openScreens != null) {
            // A reflection typed in the last moment is saved before the journal closes.
            openScreens.flush();
        }
        runner.runLast(journal::close);
        runner.close();
    }
}
