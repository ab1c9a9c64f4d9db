package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException.Reason;
import dev.onward.service.JournalFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Refuses a file before anything is written to it: one that is not an SQLite file, another
 * program's database, or one SQLite finds damaged. Each refusal is a {@link JournalFileException}
 * naming the file, which is left exactly as it was.
 */
final class FileGuard {
    private static final int SHOWN_DIFFERENCES = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private FileGuard() {
    }

    /** Refuses a file that exists but cannot be read, or does not start as an SQLite file does. */
    static void refuseIfNotSqlite(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw notAJournal(file);
            }
        } catch (IOException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), e);
        }
    }

    /** Refuses a missing or empty file: for a file the user names as a journal, e.g. one to restore. */
    static void refuseIfMissingOrEmpty(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw notAJournal(file);
            }
        } catch (IOException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), e);
        }
    }

    /**
     * Refuses an SQLite file that is not an Onward journal at a version this build knows: one newer
     * than this build, or one with objects but no journal version (another program's database). A
     * file with nothing in it yet becomes a journal, unless {@code existingOnly}. Reads only.
     */
    static void refuseIfNotOurs(Path file, Connection connection, boolean existingOnly) throws SQLException {
        SchemaMigrator.refuseIfTooNew(file, connection);
        if (SchemaMigrator.userVersion(connection) == 0 && (existingOnly || holdsAnything(connection))) {
            throw notAJournal(file);
        }
    }

    /**
     * Refuses a file whose schema is not the one the migrations make at the version it records:
     * objects another program added, dropped or changed ({@link SchemaShape}), or a version newer
     * than this build. The message names the first few. Reads only.
     */
    static void refuseIfSchemaDiffers(Path file, Connection connection) throws SQLException {
        SchemaMigrator.refuseIfTooNew(file, connection);
        List<String> differences = SchemaShape.differences(connection);
        if (!differences.isEmpty()) {
            throw new JournalFileException(file, Reason.NOT_A_JOURNAL,
                    Messages.text("storage.schemaDiffers", file, summary(differences)), null);
        }
    }

    private static boolean holdsAnything(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return r.next() && r.getInt(1) > 0;
        }
    }

    /** The first few differences, and how many more there are: enough to say what is wrong. */
    private static String summary(List<String> differences) {
        String shown = String.join(" ", differences.subList(0, Math.min(SHOWN_DIFFERENCES, differences.size())));
        int more = differences.size() - SHOWN_DIFFERENCES;
        return more > 0 ? shown + " " + Messages.text("schema.more", more) : shown;
    }

    /** Refuses a file whose pages SQLite's quick check finds damaged. */
    static void refuseIfDamaged(Path file, Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            if (!r.next() || !"ok".equals(r.getString(1))) {
                throw damaged(file, null);
            }
        }
    }

    /**
     * The refusal of a file after {@code cause}: a file another connection kept locked for longer
     * than the busy timeout is busy, to be tried again, not damaged; any other error means SQLite
     * cannot read it as a journal.
     */
    static JournalFileException refusal(Path file, SQLException cause) {
        if (isBusy(cause)) {
            return new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.busy", file), cause);
        }
        return damaged(file, cause);
    }

    /** Whether {@code e} says another connection holds a lock this one needs (SQLITE_BUSY or SQLITE_LOCKED). */
    static boolean isBusy(SQLException e) {
        int primaryCode = e.getErrorCode() & 0xff;
        return primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED;
    }

    /** The refusal of a file SQLite cannot read as a journal. */
    static JournalFileException damaged(Path file, Exception cause) {
        return new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.damaged", file), cause);
    }

    private static JournalFileException notAJournal(Path file) {
        return new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.notJournal", file), null);
    }
}
