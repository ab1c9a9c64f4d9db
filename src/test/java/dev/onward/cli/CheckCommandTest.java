package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code onward check} finds what SQLite's own checks do not: objects Onward did not make, and dates it cannot read. */
class CheckCommandTest {
    @TempDir
    Path temp;

    private final CommandRun run = new CommandRun();
    private Path folder;
    private Path file;

    @BeforeEach
    void sampleJournal() {
        folder = CommandRun.sampleJournal(temp);
        file = folder.resolve("onward.db");
    }

    @Test
    void check_soundJournal_saysEveryCheckIsOk() {
        assertEquals(0, run.onward("--data-dir", folder.toString(), "check"));
        assertTrue(run.out().contains("Schema: as Onward made it"), run.out());
        assertTrue(run.out().contains("Dates: every one can be read"), run.out());
    }

    @Test
    void check_journalWithAForeignTrigger_isDataErrorNamingItAndLeavesTheFile() throws Exception {
        sql("CREATE TRIGGER forget_lessons AFTER INSERT ON application BEGIN DELETE FROM lesson; END");
        byte[] before = Files.readAllBytes(file);

        assertEquals(1, run.onward("--data-dir", folder.toString(), "check"));

        assertTrue(run.err().contains("forget_lessons"), run.err());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void check_journalWithADroppedTable_isDataErrorNamingIt() throws Exception {
        sql("DROP TABLE reflection_step");

        assertEquals(1, run.onward("--data-dir", folder.toString(), "check"));

        assertTrue(run.err().contains("reflection_step"), run.err());
    }

    @Test
    void check_datesThatDoNotParse_areReportedByTableRowAndColumn() throws Exception {
        sql("UPDATE application SET applied = '2026-02-30' WHERE company = 'Café Lumière';"
                + " UPDATE lesson SET created = '2026-03-01 10:00' WHERE id = (SELECT min(id) FROM lesson)");

        assertEquals(1, run.onward("--data-dir", folder.toString(), "check"));

        assertTrue(run.out().contains("Dates: 2 that cannot be read"), run.out());
        assertTrue(run.err().matches("(?s).*Table application, row \\d+, column applied: \"2026-02-30\".*"), run.err());
        assertTrue(run.err().matches("(?s).*Table lesson, row \\d+, column created: \"2026-03-01 10:00\".*"), run.err());
    }

    private void sql(String statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(statements);
        }
    }
}
