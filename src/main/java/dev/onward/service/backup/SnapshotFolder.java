package dev.onward.service.backup;

import dev.onward.domain.Messages;
import dev.onward.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snapshots in one backups folder: which files are Onward's, when each was taken, and which
 * the rotation removes. Only regular files named as Onward names its snapshots are ever listed or
 * removed; anything else in the folder is left alone. See ADR 0053 for "when each was taken".
 */
final class SnapshotFolder {
    private static final Pattern NAME = Pattern.compile("onward-(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{6})(-before-restore)?)?\\.db");
    /** What a snapshot is written as before it is moved into place whole: its name, hidden, with {@code .part}. */
    private static final Pattern PART = Pattern.compile("\\.onward-\\d{4}-\\d{2}-\\d{2}(?:T\\d{6}(?:-before-restore)?)?\\.db\\.part");
    /**
     * How old a part file must be to count as left by a backup that was cut short: one being
     * written now, by this or another Onward, is written to every moment.
     */
    static final Duration LEFT_BEHIND = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final Comparator<Dated> NEWEST_FIRST = Comparator.comparing(Dated::trusted)
            .thenComparing(Dated::taken)
            .thenComparing(d -> d.snapshot().file().getFileName().toString())
            .reversed();

    private final Path folder;
    private final Clock clock;

    /** The snapshots in {@code folder}; {@code clock} says what "now" is, and so which days are still to come. */
    SnapshotFolder(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Every snapshot in the folder, newest first; none when the folder is not there. */
    List<Snapshot> list() {
        return dated().stream().map(Dated::snapshot).toList();
    }

    /** The snapshot at {@code file}, which Onward has just written under one of its own names. */
    Snapshot described(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        try {
            if (!name.matches()) {
                throw new IllegalArgumentException("not a snapshot's name: " + file);
            }
            return read(file, name).orElseThrow().snapshot();
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.listFailed", folder), e);
        }
    }

    /**
     * Removes all but the newest {@value BackupService#KEEP} snapshots, counting {@code justTaken}
     * among them. It never removes {@code justTaken}, nor a snapshot taken before a restore: that
     * one holds the journal as it was, and Onward told the user it is kept.
     */
    void keepNewest(Path justTaken) {
        List<Snapshot> ordinary = list().stream().filter(s -> !s.beforeRestore()).toList();
        int room = ordinary.stream().anyMatch(s -> s.file().equals(justTaken)) ? BackupService.KEEP - 1 : BackupService.KEEP;
        List<Snapshot> others = ordinary.stream().filter(s -> !s.file().equals(justTaken)).toList();
        for (Snapshot old : others.subList(Math.min(room, others.size()), others.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StorageException(Messages.text("backup.rotateFailed", old.file()), e);
            }
        }
    }

    /**
     * Removes the part files that backups cut short (the process killed, the machine off) left in
     * the folder: each can be as large as the journal, and none is ever listed. Quietly, as one
     * that cannot be removed now is tried again next time.
     */
    void removeLeftParts() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant before = clock.instant().minus(LEFT_BEHIND);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (PART.matcher(file.getFileName().toString()).matches() && writtenBefore(file, before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // harmless: a hidden file that waits for the next snapshot
        }
    }

    private static boolean writtenBefore(Path file, Instant moment) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(moment);
    }

    private List<Dated> dated() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Dated> snapshots = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    read(file, m).ifPresent(snapshots::add);
                }
            }
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.listFailed", folder), e);
        }
        snapshots.sort(NEWEST_FIRST);
        return snapshots;
    }

    /**
     * The snapshot {@code file} named as {@code name} matched, with when it was taken; empty when it
     * is not a regular file, or its day or time does not exist (not Onward's).
     */
    private Optional<Dated> read(Path file, Matcher name) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed meanwhile, e.g. by another Onward's rotation
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        LocalDate day;
        Optional<LocalTime> time;
        try {
            day = LocalDate.parse(name.group(1));
            time = Optional.ofNullable(name.group(2)).map(t -> LocalTime.parse(t, TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        Snapshot snapshot = new Snapshot(file, day, time, name.group(3) != null, attributes.size());
        return Optional.of(new Dated(snapshot, taken(snapshot, attributes), !day.isAfter(LocalDate.now(clock))));
    }

    /**
     * When {@code snapshot} was taken: the moment Onward wrote into its name. A day's first snapshot
     * is named by its day only; its time of day is its file's, when that file was written on that day.
     */
    private LocalDateTime taken(Snapshot snapshot, BasicFileAttributes attributes) {
        if (snapshot.time().isPresent()) {
            return snapshot.day().atTime(snapshot.time().get());
        }
        LocalDateTime written = LocalDateTime.ofInstant(attributes.lastModifiedTime().toInstant(), clock.getZone());
        return written.toLocalDate().equals(snapshot.day()) ? written : snapshot.day().atStartOfDay();
    }

    /**
     * A snapshot with when it was taken. {@code trusted} is false for one named after a day still
     * to come: a clock that ran ahead named it, so it was taken at some unknown time before now and
     * ranks below every snapshot whose day has come.
     */
    private record Dated(Snapshot snapshot, LocalDateTime taken, boolean trusted) {
    }
}
