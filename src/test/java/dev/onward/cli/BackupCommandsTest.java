package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} on a backups folder that a wrong clock, copied files or a stray folder has been at. */
class BackupCommandsTest {
    private static final Pattern FILE = Pattern.compile("(/\\S+\\.db)");

    @TempDir
    Path temp;

    final CommandRun run = new CommandRun();
    Path data;

    @BeforeEach
    void sample() {
        data = CommandRun.sampleJournal(temp);
    }

    /** Fourteen snapshots named after days long to come. */
    void fourteenNamedForLaterDays() throws IOException {
        Path real = temp.resolve("real.db");
        assertEquals(0, run.onward("--data-dir", data.toString(), "backup", "--out", real.toString()));
        Files.createDirectories(data.resolve("backups"));
        for (int day = 10; day < 24; day++) {
            Files.copy(real, data.resolve("backups/onward-2099-03-" + day + ".db"));
        }
    }

    /** The last file named in {@code text}. */
    static Path lastFileIn(String text) {
        Matcher m = FILE.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Path.of(last);
    }

    @Test
    void restore_fourteenSnapshotsNamedForLaterDays_theCopyItNamesIsThere() throws IOException {
        fourteenNamedForLaterDays();
        Path saved = temp.resolve("saved.db");
        run.onward("--data-dir", data.toString(), "backup", "--out", saved.toString());
        String current = JournalDump.of(data.resolve("onward.db"));

        assertEquals(0, run.onward("--data-dir", data.toString(), "restore", saved.toString()), run.err());

        Path kept = lastFileIn(run.out());
        assertTrue(kept.getFileName().toString().endsWith("-before-restore.db"), run.out());
        assertTrue(Files.isRegularFile(kept), run.out());
        assertEquals(current, JournalDump.of(kept));
    }

    @Test
    void backup_fourteenSnapshotsNamedForLaterDays_keepsTheOneItTookWithoutAStackTrace() throws IOException {
        fourteenNamedForLaterDays();

        assertEquals(0, run.onward("--data-dir", data.toString(), "backup"), run.err());

        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(lastFileIn(run.out())), run.out());
    }

    @Test
    void importCsv_aFolderNamedLikeASnapshot_importsAndLeavesTheFolder() throws IOException {
        Path folder = Files.createDirectories(data.resolve("backups/onward-2020-01-01.db"));
        Files.writeString(folder.resolve("mine.txt"), "mine");
        for (int day = 10; day < 24; day++) {
            Files.createDirectories(data.resolve("backups"));
            run.onward("--data-dir", data.toString(), "backup", "--out", temp.resolve("s" + day + ".db").toString());
            Files.move(temp.resolve("s" + day + ".db"), data.resolve("backups/onward-2021-03-" + day + ".db"));
        }
        Path csv = Files.writeString(temp.resolve("more.csv"), "Company,Role\nLater Ltd,Tester\n");

        assertEquals(0, run.onward("--data-dir", data.toString(), "import", "csv", csv.toString()), run.err());

        assertEquals("mine", Files.readString(folder.resolve("mine.txt")));
    }

    /** A snapshot of the sample journal (four applications) with pages of 64 KiB. */
    Path sampleWithLargePages() throws SQLException {
        Path saved = temp.resolve("large-pages.db");
        assertEquals(0, run.onward("--data-dir", data.toString(), "backup", "--out", saved.toString()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + saved); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA page_size=65536");
            s.execute("VACUUM");
        }
        return saved;
    }

    @Test
    void restore_snapshotWith64KiBPages_theJournalHoldsItAfterwards() throws SQLException {
        Path saved = sampleWithLargePages();
        try (TestJournal journal = TestJournal.open(data)) {
            journal.journal().add(ApplicationDetails.of("After", "Backup"));
        }

        assertEquals(0, run.onward("--data-dir", data.toString(), "restore", saved.toString()), run.err());

        assertEquals(0, run.onward("--data-dir", data.toString(), "stats"));
        assertTrue(run.out().startsWith("Applications: 4\n"), run.out());
    }

    @Test
    void stats_afterARestoreCutShortOnceTheRefusedJournalWasSetAside_showsTheSnapshotAndSaysWhatHappened()
            throws IOException {
        Path saved = temp.resolve("saved.db");
        run.onward("--data-dir", data.toString(), "backup", "--out", saved.toString());
        Path aside = data.resolve("onward.db.set-aside-2026-11-01T080000");
        Files.writeString(aside, "not a database at all");
        for (String ending : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(data.resolve("onward.db" + ending));
        }
        Files.copy(saved, data.resolve(".onward.db.restored"));

        assertEquals(0, run.onward("--data-dir", data.toString(), "stats"), run.err());

        assertTrue(run.out().startsWith("Applications: 4\n"), run.out());
        assertTrue(run.err().contains("cut short") && run.err().contains(aside.toString()), run.err());
        assertEquals("not a database at all", Files.readString(aside));
    }
}
