package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.SqliteJournal;
import dev.onward.domain.ApplicationDetails;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless commands, run in-process exactly as {@code Main} runs them, on temporary data folders. */
class ExchangeCommandsTest {
    @TempDir
    Path temp;

    final List<Path> windows = new ArrayList<>();
    StringWriter out;
    StringWriter err;

    int onward(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = new OnwardCommand(folder -> {
            windows.add(folder);
            return WindowOpener.Result.OPENED;
        }, SqliteJournal.opener()).commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    Path data(String name) {
        return temp.resolve(name);
    }

    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/onward/exchange/" + name)) {
            Path file = temp.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    void sample(Path folder) {
        try (TestJournal journal = TestJournal.open(folder)) {
            SampleJournal.fill(journal);
        }
    }

    @Test
    void exportThenImportJson_intoNewFolder_givesTheSameExport() throws IOException {
        sample(data("a"));
        assertEquals(0, onward("--data-dir", data("a").toString(), "export", "json", "--out", temp.resolve("a.json").toString()));
        assertTrue(out.toString().startsWith("Wrote "), out.toString());
        assertEquals(0, onward("--data-dir", data("b").toString(), "import", "json", temp.resolve("a.json").toString()));
        assertEquals("Imported 4 applications.\n", out.toString().replace("\r", ""));
        assertEquals(0, onward("--data-dir", data("b").toString(), "export", "JSON", "--out", temp.resolve("b.json").toString()));
        assertArrayEquals(Files.readAllBytes(temp.resolve("a.json")), Files.readAllBytes(temp.resolve("b.json")));
        assertEquals(List.of(), windows, "no command opens the window");
    }

    @Test
    void importJson_theAotTrainingJournal_isAValidExport() {
        // the package profile's training run imports it with the image's own launcher
        assertEquals(0, onward("--data-dir", data("t").toString(), "import", "json",
                "src/main/packaging/aot-training-journal.json"), out.toString());
        assertEquals("Imported 20 applications.\n", out.toString().replace("\r", ""));
    }

    @Test
    void importJson_intoJournalWithApplications_isDataErrorAndNothingChanges() throws IOException {
        sample(data("a"));
        onward("--data-dir", data("a").toString(), "export", "json", "--out", temp.resolve("a.json").toString());
        String before = JournalDump.of(data("a/onward.db"));
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "json", temp.resolve("a.json").toString()));
        assertTrue(err.toString().startsWith("a.json: This journal already has applications"), err.toString());
        assertEquals(before, JournalDump.of(data("a/onward.db")));
    }

    @Test
    void importJson_truncated_namesFileAndLine() throws IOException {
        Path cut = Files.writeString(temp.resolve("cut.json"), "{\"format\": \"onward\",\n\"version\": 1,\n\"applications\": [ {");
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "json", cut.toString()));
        assertTrue(err.toString().startsWith("cut.json, line 3"), err.toString());
    }

    /** The names in {@code folder}, sorted; empty when the folder is missing. */
    List<String> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void importJson_dryRunIntoNewFolder_leavesNoJournal() throws IOException {
        sample(data("a"));
        onward("--data-dir", data("a").toString(), "export", "json", "--out", temp.resolve("a.json").toString());
        assertEquals(0, onward("--data-dir", data("new").toString(), "import", "json", temp.resolve("a.json").toString(),
                "--dry-run"));
        assertEquals("The file is fine: it would import 4 applications. Nothing was written.\n",
                out.toString().replace("\r", ""));
        assertEquals(List.of(), filesIn(data("new")));
    }

    @Test
    void importJson_truncatedIntoNewFolder_leavesNoJournal() throws IOException {
        Path cut = Files.writeString(temp.resolve("cut.json"), "{\"format\": \"onward\",\n\"version\": 1,\n\"applications\": [ {");
        assertEquals(1, onward("--data-dir", data("new").toString(), "import", "json", cut.toString()));
        assertEquals("cut.json, line 3: The file ends too early. It may have been cut off while it was copied; export it again.\n",
                err.toString().replace("\r", ""));
        assertEquals(List.of(), filesIn(data("new")));
    }

    @Test
    void importJson_intoNewFolder_keepsTheJournal() throws IOException {
        sample(data("a"));
        onward("--data-dir", data("a").toString(), "export", "json", "--out", temp.resolve("a.json").toString());
        assertEquals(0, onward("--data-dir", data("new").toString(), "import", "json", temp.resolve("a.json").toString()));
        assertTrue(filesIn(data("new")).contains("onward.db"), filesIn(data("new")).toString());
    }

    @Test
    void importCsv_dryRunIntoNewFolder_leavesNoJournal() throws IOException {
        assertEquals(0, onward("--data-dir", data("new").toString(), "import", "csv", fixture("teal.csv").toString(),
                "--dry-run"));
        assertTrue(out.toString().contains("Would add 6 applications and skip none already in the journal. Nothing was written."),
                out.toString());
        assertEquals(List.of(), filesIn(data("new")));
    }

    @Test
    void importCsv_refusedIntoNewFolder_leavesNoJournalNorSnapshot() throws IOException {
        assertEquals(1, onward("--data-dir", data("new").toString(), "import", "csv", fixture("bad-row-7.csv").toString()));
        assertTrue(err.toString().contains("Nothing was imported"), err.toString());
        assertEquals(List.of(), filesIn(data("new")));
    }

    @Test
    void importCsv_dryRunIntoEmptyJournalThatWasThere_keepsIt() throws IOException {
        String empty = onwardDump("a");
        assertEquals(0, onward("--data-dir", data("a").toString(), "import", "csv", fixture("teal.csv").toString(), "--dry-run"));
        assertEquals(empty, JournalDump.of(data("a/onward.db")));
    }

    @Test
    void importJson_appliedInTheFuture_exitOneNamesLineAndNothingWritten() throws IOException {
        Path file = Files.writeString(temp.resolve("future.json"), "{\"format\":\"onward\",\"version\":1,\n\"applications\":[\n"
                + "{\"id\":1,\"company\":\"Acme\",\"role\":\"Dev\",\"applied\":\"2999-01-02\","
                + "\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\"}]}");
        String empty = onwardDump("a");
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "json", file.toString()));
        assertEquals("future.json, line 3, field \u201capplied\u201d: The date \u201c2999-01-02\u201d is in the future "
                + "\u2014 applications can't be sent tomorrow.\n", err.toString().replace("\r", ""));
        assertEquals(empty, JournalDump.of(data("a/onward.db")));
    }

    @Test
    void importJson_settingsTheAppWouldNotSave_exitOneNamesLineAndNothingWritten() throws IOException {
        Path file = Files.writeString(temp.resolve("settings.json"), "{\"format\":\"onward\",\"version\":1,\n\"settings\":{\n"
                + "\"weeklyTarget\":\"-4\",\n\"ghostDays\":\"banana\"}}");
        String empty = onwardDump("a");
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "json", file.toString()));
        assertEquals("settings.json, line 3, field \u201cweeklyTarget\u201d: \u201c-4\u201d is out of range. "
                + "Choose a weekly target from 1 to 100 applications.\n", err.toString().replace("\r", ""));
        assertEquals(empty, JournalDump.of(data("a/onward.db")));
        Files.writeString(file, Files.readString(file).replace("\"-4\"", "\"6\""));
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "json", file.toString(), "--dry-run"));
        assertEquals("settings.json, line 4, field \u201cghostDays\u201d: \u201cbanana\u201d is not a whole number. "
                + "This setting holds one, like 21.\n", err.toString().replace("\r", ""));
        assertEquals(empty, JournalDump.of(data("a/onward.db")));
    }

    @Test
    void importCsv_badRowSevenOfTen_exitOneNamesLineAndDatabaseUnchanged() throws IOException {
        try (TestJournal journal = TestJournal.open(data("a"))) {
            journal.journal().add(ApplicationDetails.of("Already", "Here"));
        }
        String before = JournalDump.of(data("a/onward.db"));
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "csv", fixture("bad-row-7.csv").toString()));
        assertTrue(err.toString().contains("bad-row-7.csv, line 8, column \u201cApplied\u201d: The date \u201c2026-02-31\u201d does not exist."),
                err.toString());
        assertTrue(err.toString().contains("Nothing was imported"), err.toString());
        assertEquals(before, JournalDump.of(data("a/onward.db")));
        assertFalse(Files.exists(data("a/backups")), "no snapshot either: nothing was about to change");
    }

    @Test
    void importCsv_dryRunThenReal_addsOnceAndCountsDuplicates() throws IOException {
        Path teal = fixture("teal.csv");
        String empty = onwardDump("a");
        assertEquals(0, onward("--data-dir", data("a").toString(), "import", "csv", teal.toString(), "--dry-run"));
        assertTrue(out.toString().contains("Would add 6 applications and skip none already in the journal. Nothing was written."),
                out.toString());
        assertTrue(out.toString().contains("statusName \u2192 status"), out.toString());
        assertTrue(out.toString().contains("teal.csv, line 7, column \u201cstatusName\u201d: Onward does not know the status"),
                out.toString());
        assertEquals(empty, JournalDump.of(data("a/onward.db")));
        assertEquals(0, onward("--data-dir", data("a").toString(), "import", "csv", teal.toString()));
        assertTrue(out.toString().contains("Added 6 applications; skipped none already in the journal."), out.toString());
        assertTrue(Files.isDirectory(data("a/backups")), "a snapshot is taken before the first write of the day");
        assertEquals(0, onward("--data-dir", data("a").toString(), "import", "csv", teal.toString()));
        assertTrue(out.toString().contains("Added no applications; skipped 6 already in the journal."), out.toString());
    }

    /** Creates an empty journal in {@code folder} and returns its dump. */
    String onwardDump(String folder) {
        TestJournal.open(data(folder)).close();
        return JournalDump.of(data(folder + "/onward.db"));
    }

    @Test
    void importCsv_ambiguousDates_asksForOrderThenImportsWithDayFirst() throws IOException {
        Path file = fixture("ambiguous-dates.csv");
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "csv", file.toString()));
        assertTrue(err.toString().contains("--day-first or --month-first"), err.toString());
        assertEquals(0, onward("--data-dir", data("a").toString(), "import", "csv", file.toString(), "--day-first"));
        assertTrue(out.toString().contains("Dates are read day first"), out.toString());
    }

    @Test
    void importCsv_bothDayOrders_isUsageError() throws IOException {
        Path file = fixture("ambiguous-dates.csv");
        assertEquals(2, onward("--data-dir", data("a").toString(), "import", "csv", file.toString(), "--day-first", "--month-first"));
        assertTrue(err.toString().contains("Usage: onward import"), err.toString());
    }

    @Test
    void importCsv_columnOption_mapsAnUnknownHeader() throws IOException {
        Path file = Files.writeString(temp.resolve("own.csv"), "Firm,Job\nAcme,Dev\n");
        assertEquals(1, onward("--data-dir", data("a").toString(), "import", "csv", file.toString()));
        assertTrue(err.toString().contains("No column looks like the company"), err.toString());
        assertEquals(0, onward("--data-dir", data("a").toString(), "import", "csv", file.toString(), "--column", "Firm=company"));
    }

    @Test
    void importCsv_columnOptionHeaderNotInFile_isUsageErrorNamingItAndNothingWritten() throws IOException {
        Path file = Files.writeString(temp.resolve("own.csv"), "Firm,Job\nAcme,Dev\n");
        String empty = onwardDump("a");
        assertEquals(2, onward("--data-dir", data("a").toString(), "import", "csv", file.toString(),
                "--column", "Bogus=company", "--column", "Job=role"));
        assertTrue(err.toString().startsWith("Nothing was imported from own.csv: it has no column \u201cBogus\u201d. "
                + "Its columns are \u201cFirm\u201d, \u201cJob\u201d. Check the spelling after --column and import it again.\n"),
                err.toString());
        assertTrue(err.toString().contains("Usage: onward import"), err.toString());
        assertEquals("", out.toString(), "no preview: the import stops before it");
        assertEquals(empty, JournalDump.of(data("a/onward.db")));
        assertEquals(2, onward("--data-dir", data("new").toString(), "import", "csv", file.toString(),
                "--column", "Bogus=company", "--column", "Nope=role"));
        assertTrue(err.toString().startsWith("Nothing was imported from own.csv: it has no columns \u201cBogus\u201d, \u201cNope\u201d."),
                err.toString());
        assertEquals(List.of(), filesIn(data("new")));
    }

    @Test
    void importCsv_columnOptionInOtherCaseAndSpacing_stillMatches() throws IOException {
        Path file = Files.writeString(temp.resolve("own.csv"), "Firm,Job\nAcme,Dev\n");
        assertEquals(0, onward("--data-dir", data("a").toString(), "import", "csv", file.toString(), "--column", " firm =company"));
        assertTrue(out.toString().contains("Added one application"), out.toString());
    }

    @Test
    void export_unknownFormatOrMissingOut_isUsageError() {
        assertEquals(2, onward("--data-dir", data("a").toString(), "export", "pdf", "--out", "x.pdf"));
        assertTrue(err.toString().contains("Usage: onward export"), err.toString());
        assertEquals(2, onward("--data-dir", data("a").toString(), "export", "json"));
        assertTrue(err.toString().startsWith("Add --out FILE: onward export needs it.\n"), err.toString());
    }

    @Test
    void exportEveryFormat_writesTheFiles() {
        sample(data("a"));
        for (String format : List.of("csv", "ics", "md")) {
            Path file = temp.resolve("out." + format);
            assertEquals(0, onward("--data-dir", data("a").toString(), "export", format, "--out", file.toString()), err.toString());
            assertTrue(Files.exists(file), format);
        }
    }

    @Test
    void stats_textAndJson_countTheJournal() {
        sample(data("a"));
        assertEquals(0, onward("--data-dir", data("a").toString(), "stats"));
        assertTrue(out.toString().startsWith("Applications: 4\nActive: 1\nOffers: 1\nRejections: 1\nNo reply: 1\nWithdrawn: 0\nLessons: 3"),
                out.toString());
        assertEquals(0, onward("--data-dir", data("a").toString(), "stats", "--json"));
        String json = out.toString();
        assertTrue(json.startsWith("{\n  \"applications\" : 4,\n  \"active\" : 1,\n  \"offers\" : 1,\n  \"rejections\" : 1,\n"
                + "  \"ghosted\" : 1,\n  \"withdrawn\" : 0,\n  \"lessons\" : 3,\n"), json);
        for (String key : new String[] {"thisWeek", "weeklyTarget", "streakWeeks", "momentumMedianDays", "momentumMedianDays90",
            "suspectedGhosts"}) {
            assertTrue(json.contains("\"" + key + "\" : "), key + " in " + json);
        }
        assertTrue(json.contains("\"weeklyTarget\" : 4,"), json);
        assertTrue(json.contains("\"funnel\" : [\n    {\n      \"stage\" : \"Applied\",\n      \"reached\" : 4,"), json);
    }

    @Test
    void check_healthyJournal_printsOkAndVersion() {
        TestJournal.open(data("a")).close();
        assertEquals(0, onward("--data-dir", data("a").toString(), "check"));
        assertTrue(out.toString().contains("Integrity check: ok"), out.toString());
        assertTrue(out.toString().contains("Foreign key check: ok"), out.toString());
        assertTrue(out.toString().contains("Journal version: "), out.toString());
    }

    @Test
    void check_journalFromNewerOnward_isDataErrorAndFileUntouched() throws SQLException, IOException {
        Files.createDirectories(data("new"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data("new/onward.db")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(data("new/onward.db"));
        assertEquals(1, onward("--data-dir", data("new").toString(), "check"));
        assertTrue(err.toString().contains("newer version of Onward"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(data("new/onward.db")));
    }

    @Test
    void backupThenRestore_bringsTheJournalBackAndKeepsTheCurrentOne() throws IOException {
        sample(data("a"));
        Path saved = temp.resolve("saved.db");
        assertEquals(0, onward("--data-dir", data("a").toString(), "backup", "--out", saved.toString()));
        assertEquals(1, onward("--data-dir", data("a").toString(), "backup", "--out", saved.toString()));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertEquals(0, onward("--data-dir", data("a").toString(), "backup"));
        assertEquals(0, onward("--data-dir", data("a").toString(), "backup"));
        assertTrue(out.toString().startsWith("Snapshot written to"), out.toString());
        try (TestJournal journal = TestJournal.open(data("a"))) {
            journal.journal().add(ApplicationDetails.of("After", "Backup"));
        }
        assertEquals(0, onward("--data-dir", data("a").toString(), "restore", saved.toString()));
        assertTrue(out.toString().contains("before-restore"), out.toString());
        assertEquals(0, onward("--data-dir", data("a").toString(), "stats"));
        assertTrue(out.toString().startsWith("Applications: 4\n"), out.toString());
    }

    @Test
    void restore_notAJournal_isDataError() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");
        assertEquals(1, onward("--data-dir", data("a").toString(), "restore", text.toString()));
        assertTrue(err.toString().contains("is not an Onward journal"), err.toString());
    }

    @Test
    void restore_overDamagedJournal_setsItAsideUntouchedAndRestores() throws IOException {
        sample(data("a"));
        Path saved = temp.resolve("saved.db");
        onward("--data-dir", data("a").toString(), "backup", "--out", saved.toString());
        Files.createDirectories(data("b"));
        Files.writeString(data("b/onward.db"), "not a database at all");
        assertEquals(1, onward("--data-dir", data("b").toString(), "stats"));
        assertEquals(0, onward("--data-dir", data("b").toString(), "restore", saved.toString()));
        assertTrue(err.toString().contains("could not be opened, so it was set aside, untouched"), err.toString());
        try (var files = Files.list(data("b"))) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("onward.db.set-aside-")).findFirst().orElseThrow();
            assertEquals("not a database at all", Files.readString(aside));
        }
        assertEquals(0, onward("--data-dir", data("b").toString(), "stats"));
        assertTrue(out.toString().startsWith("Applications: 4\n"), out.toString());
    }

    @Test
    void restore_overDamagedJournalFromBadFile_putsTheDamagedJournalBack() throws IOException {
        Files.createDirectories(data("b"));
        Files.writeString(data("b/onward.db"), "not a database at all");
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");
        assertEquals(1, onward("--data-dir", data("b").toString(), "restore", text.toString()));
        assertEquals("not a database at all", Files.readString(data("b/onward.db")));
        try (var files = Files.list(data("b"))) {
            assertEquals(List.of("onward.db"), files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("onward.lock")).sorted().toList());
        }
    }

    @Test
    void restore_whileAWindowIsOpenOnTheJournal_isRefused() throws IOException {
        sample(data("a"));
        Path saved = temp.resolve("saved.db");
        onward("--data-dir", data("a").toString(), "backup", "--out", saved.toString());
        String before = JournalDump.of(data("a/onward.db"));
        try (var window = dev.onward.instance.InstanceLock.acquire(data("a")).orElseThrow()) {
            assertEquals(1, onward("--data-dir", data("a").toString(), "restore", saved.toString()));
        }
        assertTrue(err.toString().contains("Close its window, then restore"), err.toString());
        assertEquals(before, JournalDump.of(data("a/onward.db")));
    }
}
