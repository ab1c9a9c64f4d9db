package dev.onward.persistence;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onward.service.StorageException;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code PRAGMA data_version}, as the journal's own connection sees it: it moves when another
 * connection commits, never for the journal's own writes, so the window rereads only what it did
 * not write itself.
 */
class SqliteFileVersionTest {
    @TempDir
    Path folder;
    private TestJournal window;
    private SqliteFileVersion version;

    @BeforeEach
    void open() {
        window = TestJournal.open(folder);
        version = new SqliteFileVersion(window.database());
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void read_afterOwnWritesAndCheckpoint_staysTheSame() {
        long before = version.read();

        for (int i = 0; i < 20; i++) {
            window.journal().add(anApplication().company("Own " + i).notes("n".repeat(2_000)).build());
        }
        window.database().read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });

        assertEquals(before, version.read());
    }

    @Test
    void read_afterAnotherJournalOnTheFileWrote_changes() {
        long before = version.read();

        try (TestJournal command = TestJournal.open(folder)) {
            command.journal().add(anApplication().company("Written elsewhere").build());
        }

        assertNotEquals(before, version.read());
    }

    @Test
    void read_afterAnotherJournalOnlyRead_staysTheSame() {
        window.journal().add(anApplication().build());
        long before = version.read();

        try (TestJournal command = TestJournal.open(folder)) {
            command.journal().list(ApplicationFilter.ALL);
        }

        assertEquals(before, version.read(), "a command that only reads makes the window read nothing again");
    }

    @Test
    void read_afterTheJournalClosed_throwsStorageException() {
        window.close();

        assertThrows(StorageException.class, version::read);
    }
}
