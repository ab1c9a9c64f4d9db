package dev.onward.service.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One snapshot of the journal in the backups folder.
 *
 * @param file where it is
 * @param day the day it was taken
 * @param time the time of day it was taken, for one taken on request or before a restore; a
 *     day's first snapshot has none
 * @param beforeRestore whether it was taken just before a restore
 * @param bytes its size
 */
public record Snapshot(Path file, LocalDate day, Optional<LocalTime> time, boolean beforeRestore, long bytes) {
    /** Checks every part is present. */
    public Snapshot {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
    }

    /** A snapshot without a time of day: a day's first. */
    public Snapshot(Path file, LocalDate day, boolean beforeRestore, long bytes) {
        this(file, day, Optional.empty(), beforeRestore, bytes);
    }
}
