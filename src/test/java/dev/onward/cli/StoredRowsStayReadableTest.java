package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is stored can always be read and exported: lengths are counted on the text that is stored
 * (after Unicode normalisation), and a row that breaks a rule for new input — written by an older
 * version, or by hand — is still shown, counted and exported.
 */
class StoredRowsStayReadableTest {
    /** U+095B DEVANAGARI LETTER ZA: Unicode normalisation (NFC) turns it into two code points. */
    static final String ZA = "\u095B";

    @TempDir
    Path temp;
    final CommandRun run = new CommandRun();

    Path journalWith(ApplicationDetails details) {
        Path folder = temp.resolve("data");
        try (TestJournal journal = TestJournal.open(folder)) {
            journal.journal().add(details);
        }
        return folder;
    }

    static void sql(Path folder, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("onward.db"));
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void importCsv_roleThatGrowsPastTheLimitWhenNormalised_isRefusedNamingLineAndField() throws IOException {
        Path folder = journalWith(ApplicationDetails.of("Already", "Here"));
        String before = JournalDump.of(folder.resolve("onward.db"));
        Path csv = temp.resolve("grows.csv");
        Files.writeString(csv, "Company,Role,Applied,Status\nAcme," + "a".repeat(199) + ZA + ",2026-03-01,rejected\n",
                StandardCharsets.UTF_8);

        assertEquals(1, run.onward("--data-dir", folder.toString(), "import", "csv", csv.toString()));

        assertTrue(run.err().contains("grows.csv, line 2"), run.err());
        assertTrue(run.err().contains("Role can be at most 200 characters; this has 201"), run.err());
        assertEquals(before, JournalDump.of(folder.resolve("onward.db")));
    }

    @Test
    void aRoleStoredLongerThanTheLimit_isStillCountedAndExported() throws Exception {
        Path folder = journalWith(ApplicationDetails.of("Acme", "Developer"));
        String long201 = "r".repeat(201);
        sql(folder, "UPDATE application SET role = '" + long201 + "'");

        assertEquals(0, run.onward("--data-dir", folder.toString(), "stats", "--json"), run.err());
        assertTrue(run.out().contains("\"applications\""), run.out());

        Path json = temp.resolve("out.json");
        assertEquals(0, run.onward("--data-dir", folder.toString(), "export", "json", "--out", json.toString()), run.err());
        assertTrue(Files.readString(json).contains(long201));

        Path csv = temp.resolve("out.csv");
        assertEquals(0, run.onward("--data-dir", folder.toString(), "export", "csv", "--out", csv.toString()), run.err());
        assertTrue(Files.readString(csv).contains(long201));

        assertEquals(0, run.onward("--data-dir", folder.toString(), "search", "Acme"), run.err());
        assertTrue(run.out().contains("Acme"), run.out());
    }

    @Test
    void check_listsTheStoredValuesThatBreakARule_andStillCallsTheFileHealthy() throws Exception {
        Path folder = journalWith(ApplicationDetails.of("Acme", "Developer"));
        sql(folder, "UPDATE application SET role = '" + "r".repeat(201) + "', link = 'not a link'");

        assertEquals(0, run.onward("--data-dir", folder.toString(), "check"), run.err());

        assertTrue(run.out().contains("Rules for new entries: 2 values break one (still shown and exported; edit to fix)"),
                run.out());
        assertTrue(run.out().contains("  Application 1: Role can be at most 200 characters; this has 201."), run.out());
        assertTrue(run.out().contains("  Application 1: This link does not look like a web address."), run.out());
    }

    @Test
    void check_onAJournalThatMeetsEveryRule_saysSo() {
        Path folder = journalWith(ApplicationDetails.of("Acme", "Developer"));
        assertEquals(0, run.onward("--data-dir", folder.toString(), "check"), run.err());
        assertTrue(run.out().contains("Rules for new entries: ok"), run.out());
    }

    @Test
    void aLinkAndANoteStoredAgainstTodaysRules_areStillExported() throws Exception {
        Path folder = journalWith(ApplicationDetails.of("Acme", "Developer"));
        sql(folder, "UPDATE application SET link = 'not a link', notes = '   '");

        Path json = temp.resolve("out.json");
        assertEquals(0, run.onward("--data-dir", folder.toString(), "export", "json", "--out", json.toString()), run.err());
        assertTrue(Files.readString(json).contains("not a link"));
    }

    @Test
    void importCsv_valueStartingWithNul_isRefusedNamingTheField() throws IOException {
        Path folder = journalWith(ApplicationDetails.of("Already", "Here"));
        String before = JournalDump.of(folder.resolve("onward.db"));
        Path csv = temp.resolve("nul.csv");
        Files.writeString(csv, "Company,Role,Applied,Status\n\u0000Acme,Developer,2026-03-01,applied\n",
                StandardCharsets.UTF_8);

        assertEquals(1, run.onward("--data-dir", folder.toString(), "import", "csv", csv.toString()));

        assertTrue(run.err().contains("line 2"), run.err());
        assertTrue(run.err().contains("Company holds a NUL character"), run.err());
        assertEquals(before, JournalDump.of(folder.resolve("onward.db")));
        assertFalse(Files.exists(folder.resolve("backups")) && hasFiles(folder.resolve("backups")),
                "no snapshot: nothing was about to change");
    }

    @Test
    void importJson_loneSurrogate_isRefusedNamingTheField() throws IOException {
        Path folder = temp.resolve("fresh");
        Path json = temp.resolve("half.json");
        run.onward("--data-dir", journalWith(ApplicationDetails.of("Acme", "Developer")).toString(),
                "export", "json", "--out", json.toString());
        Files.writeString(json, Files.readString(json).replace("\"Developer\"", "\"Dev\\ud83d\""));

        assertEquals(1, run.onward("--data-dir", folder.toString(), "import", "json", json.toString()));

        assertTrue(run.err().contains("Role holds half of a character"), run.err());
        assertFalse(Files.exists(folder.resolve("onward.db")), "a refused first import leaves no journal");
    }

    static boolean hasFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }
}
