package dev.onward;

import dev.onward.cli.OnwardCommand;
import dev.onward.cli.WindowOpener;
import dev.onward.domain.Messages;
import dev.onward.instance.InstanceLock;
import dev.onward.persistence.DataFolder;
import dev.onward.service.JournalFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
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

    private Main() {
    }

    /** Runs Onward with {@code args}. */
    public static void main(String[] args) {
        if (args.length == 0) {
            // A double-click: open the window without loading the command line's parser (~70 ms at start-up).
            if (openWindow(DataFolder.resolve(Optional.empty())) == WindowOpener.Result.REFUSED) {
                System.exit(1);
            }
            return;
        }
        OnwardCommand command = new OnwardCommand(Main::openWindow);
        int code = command.commandLine().execute(args);
        if (!command.windowOpened()) {
            System.exit(code);
        }
    }

    /**
     * Opens the window on {@code folder}, unless an Onward already open there takes the request:
     * the same journal is never opened twice.
     */
    private static WindowOpener.Result openWindow(Path folder) {
        Optional<InstanceLock> lock;
        try {
            DataFolder.prepare(folder);
            lock = InstanceLock.acquire(folder);
        } catch (JournalFileException | IOException e) {
            LOG.log(Level.FINE, "No instance lock on " + folder, e);
            return launch(folder, Optional.empty());
        }
        if (lock.isPresent()) {
            return launch(folder, lock);
        }
        if (InstanceLock.askToShow(folder)) {
            System.out.println(Messages.text("cli.windowShown", folder));
            return WindowOpener.Result.HANDED_OVER;
        }
        System.err.println(Messages.text("cli.alreadyOpen", folder));
        return WindowOpener.Result.REFUSED;
    }

    /** Starts the window; without a lock only when the folder itself is the problem, which the window then reports. */
    private static WindowOpener.Result launch(Path folder, Optional<InstanceLock> lock) {
        App app = new App(folder, Clock.systemDefaultZone());
        lock.ifPresent(held -> held.listen(app::bringToFront));
        app.launch();
        return WindowOpener.Result.OPENED;
    }
}
