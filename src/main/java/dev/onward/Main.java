package dev.onward;

import dev.onward.cli.OnwardCommand;
import dev.onward.cli.WindowOpener;
import dev.onward.domain.Messages;
import dev.onward.instance.InstanceLock;
import dev.onward.service.DataFolder;
import dev.onward.service.JournalFileException;
import dev.onward.ui.StartupProbe;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point. Parses the command line: with no command it opens the window (or brings an
 * Onward already open on the same data folder to the front); with a command it runs it without a
 * window and exits with its code (0 success, 1 data error, 2 usage error). Never extends
 * {@code javafx.application.Application}: a headless command must not start the JavaFX toolkit.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    private static final String DATA_DIR = "--data-dir";

    private Main() {
    }

    /** Runs Onward with {@code args}. */
    public static void main(String[] args) {
        StartupProbe.fromEnvironment().reached("main");
        Optional<Path> windowOnly = windowOnly(args);
        if (windowOnly.isPresent()) {
            // A double-click: open the window without loading the command line's parser (about
            // 120 ms at start-up: picocli's classes are too old for the AOT cache to keep).
            if (openWindow(windowOnly.get()) == WindowOpener.Result.REFUSED) {
                System.exit(1);
            }
            return;
        }
        OnwardCommand command = new OnwardCommand(Main::openWindow, SqliteJournal.opener());
        int code = command.commandLine().execute(args);
        if (!command.windowOpened()) {
            System.exit(code);
        }
    }

    /**
     * The data folder when {@code args} ask for nothing but the window: no arguments, or only
     * {@code --data-dir DIR} (or {@code --data-dir=DIR}). Anything else is left to the command
     * line's parser, which also explains what is wrong.
     */
    static Optional<Path> windowOnly(String[] args) {
        String folder;
        if (args.length == 0) {
            return Optional.of(DataFolder.resolve(Optional.empty()));
        } else if (args.length == 2 && args[0].equals(DATA_DIR)) {
            folder = args[1];
        } else if (args.length == 1 && args[0].startsWith(DATA_DIR + "=")) {
            folder = args[0].substring(DATA_DIR.length() + 1);
        } else {
            return Optional.empty();
        }
        if (folder.isBlank() || folder.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DataFolder.resolve(Optional.of(Path.of(folder))));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens the window on {@code folder}, unless an Onward already open there takes the request:
     * the same journal is never opened twice.
     */
    private static WindowOpener.Result openWindow(Path folder) {
        InstanceLock.Claim claim;
        try {
            DataFolder.prepare(folder);
            claim = InstanceLock.claim(folder);
        } catch (JournalFileException | IOException e) {
            LOG.log(Level.FINE, "No instance lock on " + folder, e);
            return launch(folder, Optional.empty());
        }
        if (claim.lock().isPresent()) {
            return launch(folder, claim.lock());
        }
        if (claim.heard()) {
            System.out.println(Messages.text("cli.windowShown", folder));
            return WindowOpener.Result.HANDED_OVER;
        }
        System.err.println(Messages.text("cli.alreadyOpen", folder));
        return WindowOpener.Result.REFUSED;
    }

    /** Starts the window; without a lock only when the folder itself is the problem, which the window then reports. */
    private static WindowOpener.Result launch(Path folder, Optional<InstanceLock> lock) {
        App app = App.onSystemClock(folder);
        // Later launches are heard once the first frame is up (they keep asking for up to three
        // seconds), so opening the socket does not compete with the window for the CPU.
        // A closing window (or a process told to end) stops listening at once, so a launch in its
        // last moments waits for the lock instead of handing over to a window about to go.
        lock.ifPresent(held -> Runtime.getRuntime().addShutdownHook(new Thread(held::stopListening, "onward-ending")));
        app.launch(() -> lock.ifPresent(held -> held.listen(app::bringToFront)),
                () -> lock.ifPresent(InstanceLock::stopListening));
        return WindowOpener.Result.OPENED;
    }
}
