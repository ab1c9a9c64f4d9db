package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.DataFolder;
import dev.onward.service.JournalOpener;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code onward} command: with no command it opens the window on the data folder; the
 * headless commands are its subcommands. Exit codes: 0 success, 1 data error, 2 usage error.
 */
@Command(name = "onward", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        subcommands = {ExportCommand.class, ImportCommand.class, BackupCommand.class, RestoreCommand.class,
            StatsCommand.class, CheckCommand.class, SearchCommand.class})
public final class OnwardCommand implements Callable<Integer> {
    private Path dataDir;

    @Spec
    private CommandSpec spec;

    private final WindowOpener openWindow;
    private final JournalOpener journals;
    private boolean windowOpened;

    /**
     * Creates the command; {@code openWindow} opens the app on a data folder, and the headless
     * commands open their journal through {@code journals}.
     */
    public OnwardCommand(WindowOpener openWindow, JournalOpener journals) {
        this.openWindow = openWindow;
        this.journals = journals;
    }

    /** Takes the data folder; a blank one, or one no file system can name, is a usage error. */
    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            descriptionKey = "cli.dataDir")
    void dataDir(String folder) {
        if (folder.isBlank()) {
            throw new UsageErrorPrinter.Worded(spec.commandLine(), Messages.text("cli.dataDir.blank"));
        }
        try {
            dataDir = Path.of(folder);
        } catch (InvalidPathException e) {
            throw new UsageErrorPrinter.Worded(spec.commandLine(), Messages.text("cli.dataDir.invalid", folder));
        }
    }

    /** How the headless commands open the journal. */
    JournalOpener journals() {
        return journals;
    }

    /**
     * A command line that parses into this command, with Onward's exit codes, words for usage errors
     * and its help texts from {@code messages.properties}.
     */
    public CommandLine commandLine() {
        return new CommandLine(this).setCaseInsensitiveEnumValuesAllowed(true)
                .setResourceBundle(Messages.bundle())
                .setParameterExceptionHandler(new UsageErrorPrinter());
    }

    /** Whether running the command opened the window (then the process must not exit). */
    public boolean windowOpened() {
        return windowOpened;
    }

    /** The data folder the user chose, or the default one. */
    Path dataFolder() {
        return DataFolder.resolve(Optional.ofNullable(dataDir));
    }

    @Override
    public Integer call() {
        WindowOpener.Result result = openWindow.open(dataFolder());
        windowOpened = result == WindowOpener.Result.OPENED;
        return result == WindowOpener.Result.REFUSED ? 1 : CommandLine.ExitCode.OK;
    }
}
