package dev.onward.persistence.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.onward.domain.ApplicationDetails;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restore checks afterwards: that two journal files hold the same rows, whatever their pages. */
class JournalContentTest {
    @TempDir
    Path temp;

    Path journalWith(String name, String... companies) {
        Path folder = temp.resolve(name);
        try (TestJournal journal = TestJournal.open(folder)) {
            for (String company : companies) {
                journal.journal().add(ApplicationDetails.of(company, "Dev"));
            }
        }
        return folder.resolve("onward.db");
    }

    @Test
    void of_sameRowsOnPagesOfAnotherSize_isEqual() throws SQLException {
        Path journal = journalWith("a", "Acme", "Orchard");
        JournalContent before = JournalContent.of(journal);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA page_size=65536");
            s.execute("VACUUM");
        }

        assertEquals(before, JournalContent.of(journal));
    }

    @Test
    void of_oneWordChanged_isNotEqual() throws SQLException {
        Path journal = journalWith("a", "Acme", "Orchard");
        JournalContent before = JournalContent.of(journal);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement s = c.createStatement()) {
            s.execute("UPDATE application SET company = 'Acme!' WHERE company = 'Acme'");
        }

        assertNotEquals(before, JournalContent.of(journal));
    }

    @Test
    void of_anotherJournalWithTheSameCount_isNotEqual() {
        assertNotEquals(JournalContent.of(journalWith("a", "Acme")), JournalContent.of(journalWith("b", "Orchard")));
    }
}
