package dev.onward.persistence;

import dev.onward.domain.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a restore that was cut short (the process killed, the machine off) left beside the
 * journal, found before the journal opens. A checked copy ready to go in where the journal was set
 * aside and is now missing is moved in, so the next start opens the snapshot instead of a new,
 * empty journal; a copy that never got that far is removed once no restore can still be making
 * it. Either way the user is told.
 */
public final class InterruptedRestore {
    /**
     * How old a copy must be before it counts as left behind: a restore running now in another
     * Onward (the window, or {@code onward restore}) touches its copy within seconds.
     */
    static final Duration LEFT_BEHIND = Duration.ofMinutes(10);

    private InterruptedRestore() {
    }

    /**
     * Finishes or clears what a restore cut short left beside {@code journal}; returns a sentence
     * for the user when it did either. {@code clock} says what "now" is, to tell a copy left behind
     * from one being made.
     */
    public static Optional<String> finish(Path journal, Clock clock) {
        Path ready = JournalSetAside.readyCopy(journal);
        if (Files.isRegularFile(ready) && !Files.exists(journal)) {
            JournalSetAside.move(ready, journal);
            return Optional.of(newestSetAside(journal)
                    .map(aside -> Messages.text("backup.interruptedFinished", aside))
                    .orElseGet(() -> Messages.text("backup.interruptedFinishedNoAside")));
        }
        boolean cleared = false;
        for (Path copy : new Path[] {ready, JournalSetAside.preparingCopy(journal)}) {
            if (Files.exists(copy) && leftBehind(copy, clock)) {
                try {
                    JournalSetAside.deleteWithSideFiles(copy);
                    cleared = true;
                } catch (IOException e) {
                    // hidden by its name and harmless; tried again at the next start
                }
            }
        }
        return cleared ? Optional.of(Messages.text("backup.interruptedCleared", journal)) : Optional.empty();
    }

    private static boolean leftBehind(Path copy, Clock clock) {
        try {
            Instant written = Files.getLastModifiedTime(copy).toInstant();
            return written.isBefore(clock.instant().minus(LEFT_BEHIND));
        } catch (IOException e) {
            return false;
        }
    }

    /** The journal set aside most recently beside {@code journal}, by the moment in its name. */
    private static Optional<Path> newestSetAside(Path journal) {
        String prefix = journal.getFileName() + JournalSetAside.SET_ASIDE;
        try (Stream<Path> files = Files.list(journal.toAbsolutePath().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> !isSideFile(f))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isSideFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("-wal") || name.endsWith("-shm") || name.endsWith("-journal");
    }
}
