package dev.onward.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One snapshot of the journal in the backups folder.
 *
 * @param file where it is
 * @param day the day it was taken
 * @param beforeRestore whether it was taken just before a restore
 * @param bytes its size
 */
public record Snapshot(Path file, LocalDate day, boolean beforeRestore, long bytes) {
    /** Checks every part is present. */
    public Snapshot {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(day, "day");
    }
}
