package dev.onward.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds domain values from what a journal already holds. Rules that only new input must meet
 * (lengths, the shape of a link or an email, a required note) are not applied while reading, so a
 * journal written under older or other rules can always be read, shown and exported; {@link #audit}
 * collects the rules such values break, for the journal check to report.
 *
 * <p>The mode belongs to the calling thread and lasts for one {@link #read} or {@link #audit} call.
 */
public final class StoredValues {
    private static final ThreadLocal<Reading> READING = new ThreadLocal<>();

    private StoredValues() {
    }

    /** One broken rule found in a stored row: where it is and what is wrong, in the user's words. */
    public record Broken(String table, Optional<Long> rowId, String field, String message) {
    }

    /** What {@link #audit} read, and the rules the values read break. */
    public record Audited<T>(T value, List<Broken> broken) {
    }

    /** {@code build} run with the rules for new input switched off. */
    public static <T> T read(Supplier<T> build) {
        Reading outer = READING.get();
        if (outer != null) {
            return build.get();
        }
        READING.set(new Reading(null));
        try {
            return build.get();
        } finally {
            READING.remove();
        }
    }

    /** {@code build} run as {@link #read} does, keeping every rule its values break. */
    public static <T> Audited<T> audit(Supplier<T> build) {
        Reading outer = READING.get();
        Reading reading = new Reading(new ArrayList<>());
        READING.set(reading);
        try {
            return new Audited<>(build.get(), List.copyOf(reading.broken));
        } finally {
            if (outer == null) {
                READING.remove();
            } else {
                READING.set(outer);
            }
        }
    }

    /**
     * Marks what is read until the returned scope closes as the row {@code rowId} of {@code table},
     * so a broken rule can name it: {@code try (var row = StoredValues.at("stage", id)) { ... }}.
     */
    public static Row at(String table, long rowId) {
        Reading reading = READING.get();
        if (reading == null) {
            return () -> { };
        }
        String outerTable = reading.table;
        Long outerRow = reading.rowId;
        reading.table = table;
        reading.rowId = rowId;
        return () -> {
            reading.table = outerTable;
            reading.rowId = outerRow;
        };
    }

    /** The scope of one row being read; closing it ends the scope. */
    @FunctionalInterface
    public interface Row extends AutoCloseable {
        /** Ends the scope. */
        @Override
        void close();
    }

    /** Whether values are being read from a journal rather than taken as new input. */
    static boolean reading() {
        return READING.get() != null;
    }

    /**
     * Refuses new input with {@code problem}; while reading, keeps {@code value} instead and notes
     * the broken rule.
     *
     * @throws InvalidValueException unless reading
     */
    static <T> T refuse(T value, InvalidValueException problem) {
        Reading reading = READING.get();
        if (reading == null) {
            throw problem;
        }
        if (reading.broken != null) {
            for (InvalidValueException p : problem.problems()) {
                reading.broken.add(new Broken(reading.table == null ? "" : reading.table,
                        Optional.ofNullable(reading.rowId), p.field(), p.getMessage()));
            }
        }
        return value;
    }

    private static final class Reading {
        private final List<Broken> broken;
        private String table;
        private Long rowId;

        private Reading(List<Broken> broken) {
            this.broken = broken;
        }
    }
}
