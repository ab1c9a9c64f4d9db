package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.instance.InstanceLock;
import dev.onward.service.DataFolder;
import dev.onward.service.Journal;
import dev.onward.service.JournalFileException;
import dev.onward.service.RescuedJournal;
import dev.onward.service.StorageException;
import dev.onward.service.backup.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code onward restore FILE}: replaces the journal with a snapshot, keeping the current one first.
 * When the current journal cannot be opened (damaged, or from a newer Onward) this is the way
 * out: it is set aside under a new name, untouched, and the snapshot is restored in its place.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class)
final class RestoreCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.file")
    Path file;

    /**
     * Restores only while no window is open on the journal (a window would keep showing, and
     * saving over, what was there before); holds the window's lock meanwhile.
     */
    @Override
    Integer callWithJournal() {
        Path folder = root.dataFolder();
        try (Lock lock = Lock.take(folder)) {
            if (lock.heldElsewhere()) {
                err().println(Messages.text("cli.restore.windowOpen", folder));
                return DATA_ERROR;
            }
            return restoreInto(folder);
        }
    }

    /**
     * Restores over the journal in {@code folder}; when that journal cannot be opened (damaged, or
     * from a newer Onward), the snapshot goes in its place and the refused file is set aside.
     */
    private int restoreInto(Path folder) {
        Journal journal;
        try {
            journal = openJournal();
        } catch (JournalFileException e) {
            if (e.reason() == JournalFileException.Reason.CANNOT_OPEN) {
                throw e;
            }
            RescuedJournal rescued = root.journals().restoreInstead(folder, file.toAbsolutePath(), clock());
            rescued.journal().close();
            err().println(Messages.text("cli.restore.setAside", rescued.setAside()));
            out().println(Messages.text("cli.restore.doneSetAside", file.toAbsolutePath(), rescued.setAside()));
            return 0;
        }
        try (journal) {
            return run(journal);
        }
    }

    /** The one-window lock of the data folder, taken for the time of the restore. */
    private record Lock(Optional<InstanceLock> lock) implements AutoCloseable {
        static Lock take(Path folder) {
            try {
                DataFolder.prepare(folder);
                return new Lock(InstanceLock.acquire(folder));
            } catch (IOException e) {
                throw new StorageException(Messages.text("storage.folderFailed", folder), e);
            }
        }

        boolean heldElsewhere() {
            return lock.isEmpty();
        }

        @Override
        public void close() {
            lock.ifPresent(l -> {
                try {
                    l.close();
                } catch (IOException e) {
                    // the OS releases the lock when the process ends
                }
            });
        }
    }

    @Override
    int run(Journal journal) {
        Snapshot before = journal.backups().restore(file);
        out().println(Messages.text("cli.restore.done", file.toAbsolutePath(), before.file()));
        return 0;
    }
}
