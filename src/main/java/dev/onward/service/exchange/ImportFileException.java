package dev.onward.service.exchange;

import dev.onward.domain.Messages;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A file that cannot be imported as it is: the message names the file, the line and the field,
 * and says what is wrong. Nothing has been written when it is thrown.
 */
public final class ImportFileException extends RuntimeException {
    private final Path file;
    private final OptionalInt line;
    private final Optional<String> field;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param file the file being read
     * @param line the line the problem is on, when known
     * @param field the field (or column) it belongs to, when known
     * @param reason what is wrong and what to do, a sentence a user can read
     */
    public ImportFileException(Path file, OptionalInt line, Optional<String> field, String reason) {
        super(message(file, line, field, reason));
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The line the problem is on, when known. */
    public OptionalInt line() {
        return line;
    }

    /** The field or column the problem belongs to, when known. */
    public Optional<String> field() {
        return field;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }

    private static String message(Path file, OptionalInt line, Optional<String> field, String reason) {
        String name = String.valueOf(file.getFileName());
        String where = line.isPresent() ? Messages.text("exchange.where.line", name, line.getAsInt())
                : Messages.text("exchange.where.file", name);
        return field.map(f -> Messages.text("exchange.where.field", where, f, reason))
                .orElseGet(() -> Messages.text("exchange.where.reason", where, reason));
    }
}
