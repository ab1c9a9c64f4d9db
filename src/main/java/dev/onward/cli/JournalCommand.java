package dev.onward.cli;

import dev.onward.domain.InvalidValueException;
import dev.onward.service.Journal;
import dev.onward.service.StorageException;
import dev.onward.service.exchange.ImportFileException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every headless command shares: it opens the journal in the chosen data folder, runs, and
 * turns a data problem into a sentence on stderr and exit code 1.
 */
abstract class JournalCommand implements Callable<Integer> {
    /** Exit code for a data error: the message is on stderr and nothing was written. */
    static final int DATA_ERROR = 1;

    @ParentCommand
    OnwardCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return callWithJournal();
        } catch (ImportFileException | StorageException | InvalidValueException e) {
            err().println(e.getMessage());
            return DATA_ERROR;
        }
    }

    /** Opens the journal, runs the command on it and closes it. */
    Integer callWithJournal() {
        try (Journal journal = openJournal()) {
            return run(journal);
        }
    }

    /**
     * Opens the journal in the chosen data folder (a command that only reads creates none); what
     * Onward put right as it opened goes to stderr.
     */
    Journal openJournal() {
        Journal journal = onlyReads() ? root.journals().openIfThere(root.dataFolder(), clock())
                : root.journals().open(root.dataFolder(), clock());
        journal.notices().forEach(err()::println);
        return journal;
    }

    /** Whether the command only reads the journal, so a mistyped folder must not become a new journal. */
    boolean onlyReads() {
        return false;
    }

    /** What "now" is for the command. */
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Does the command's work on the open journal and returns the exit code. */
    abstract int run(Journal journal);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
