package dev.onward.persistence;

import static dev.onward.persistence.ForeignSchemaTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.service.backup.CheckReport;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code check} reports beyond SQLite's own checks: the schema as it is now, and the dates stored. */
class JournalCheckTest {
    @TempDir
    Path temp;

    @Test
    void check_triggerAddedWhileTheJournalIsOpen_isReported() throws Exception {
        try (TestJournal journal = TestJournal.open(temp.resolve("open"))) {
            SampleJournal.fill(journal);
            assertTrue(journal.services().file().check().healthy());

            sql(journal.database().file(), "CREATE TRIGGER forget_lessons AFTER INSERT ON application BEGIN DELETE FROM lesson; END");

            CheckReport report = journal.services().file().check();
            assertFalse(report.healthy());
            assertEquals(List.of("It has an extra trigger named forget_lessons that Onward did not make."),
                    report.schemaDifferences());
        }
    }

    @Test
    void storedDates_everyColumnListedIsInTheSchemaAndTheSampleReads() throws Exception {
        try (TestJournal journal = TestJournal.open(temp.resolve("dates"))) {
            SampleJournal.fill(journal);
            for (StoredDates.DateColumn column : StoredDates.COLUMNS) {
                boolean there = journal.database().read(c -> hasColumn(c, column));
                assertTrue(there, column.toString());
            }
            assertEquals(List.of(), journal.database().read(StoredDates::unreadable));
        }
    }

    @Test
    void unreadable_valuesThatDoNotReadAsTheirColumnsForm_areNamedByTableRowAndColumn() throws Exception {
        try (TestJournal journal = TestJournal.open(temp.resolve("bad"))) {
            SampleJournal.fill(journal);
            Path file = journal.database().file();
            sql(file, "UPDATE stage SET time = '9h30' WHERE id = (SELECT min(id) FROM stage);"
                    + " UPDATE status_change SET at = 20260301 WHERE id = (SELECT min(id) FROM status_change)");
            long stage = journal.database().read(c -> first(c, "SELECT min(id) FROM stage"));
            long change = journal.database().read(c -> first(c, "SELECT min(id) FROM status_change"));

            assertEquals(List.of(
                    "Table stage, row " + stage + ", column time: \"9h30\" is not a time of day Onward can read, such as 09:30.",
                    "Table status_change, row " + change + ", column at: \"20260301\" is not a date and time Onward can read,"
                            + " such as 2026-03-14T09:30:00Z."), journal.database().read(StoredDates::unreadable));
        }
    }

    private static long first(Connection c, String query) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean hasColumn(Connection c, StoredDates.DateColumn column) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?")) {
            s.setString(1, column.table());
            s.setString(2, column.column());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        }
    }
}
