package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands must never do to a journal, each found by trying: write an export or a
 * snapshot over it, take "a backup now" that is not now, or open (and so change) another
 * program's database, or restore one over the journal.
 */
class JournalSafetyCommandsTest {
    @TempDir
    Path temp;

    private final CommandRun run = new CommandRun();
    private Path journal;
    private String out;
    private String err;

    @BeforeEach
    void sampleJournal() {
        journal = CommandRun.sampleJournal(temp);
    }

    @Test
    void export_ontoTheJournalFile_isRefusedAndTheJournalKept() throws IOException {
        byte[] before = Files.readAllBytes(journal.resolve("onward.db"));

        assertEquals(1, onward("--data-dir", journal.toString(), "export", "csv", "--out", journal.resolve("onward.db").toString()));

        assertTrue(err.contains("would go in the folder that holds your journal"), err);
        assertTrue(err.contains("Nothing was written."), err);
        assertArrayEquals(before, Files.readAllBytes(journal.resolve("onward.db")));
        assertApplications(journal, 4);
    }

    @Test
    void export_intoTheSnapshotsOrTheDataFolder_isRefused() throws IOException {
        assertEquals(0, onward("--data-dir", journal.toString(), "backup"));
        Path snapshot = newestSnapshot();

        assertEquals(1, onward("--data-dir", journal.toString(), "export", "json", "--out", snapshot.toString()));
        assertEquals(1, onward("--data-dir", journal.toString(), "export", "md", "--out", journal.resolve("playbook.md").toString()));

        assertTrue(err.contains("playbook.md would go in the folder that holds your journal"), err);
        assertFalse(Files.exists(journal.resolve("playbook.md")));
        assertSnapshotHolds(snapshot, 4);
    }

    @Test
    void export_throughALinkToTheDataFolder_isRefused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), journal);

        assertEquals(1, onward("--data-dir", journal.toString(), "export", "csv", "--out", link.resolve("onward.db").toString()));

        assertRefusedAndKept();
    }

    @Test
    void backupOut_intoTheDataFolder_isRefused() {
        assertEquals(1, onward("--data-dir", journal.toString(), "backup", "--out", journal.resolve("copy.db").toString()));

        assertTrue(err.contains("copy.db would go in the folder that holds your journal"), err);
        assertFalse(Files.exists(journal.resolve("copy.db")));
    }

    @Test
    void backup_takenAgainAfterAChange_holdsTheJournalAsItIsNow() throws IOException {
        assertEquals(0, onward("--data-dir", journal.toString(), "backup"));
        try (TestJournal open = TestJournal.open(journal)) {
            open.journal().add(ApplicationDetails.of("After", "The first backup"));
        }

        assertEquals(0, onward("--data-dir", journal.toString(), "backup"));

        assertTrue(out.startsWith("Snapshot written to "), out);
        Path newest = newestSnapshot();
        assertTrue(out.contains(newest.getFileName().toString()), out);
        assertSnapshotHolds(newest, 5);
    }

    @Test
    void stats_onAnotherProgramsDatabase_isRefusedAndTheFileUnchanged() throws IOException, SQLException {
        Path other = temp.resolve("other");
        Files.createDirectories(other);
        foreignDatabase(other.resolve("onward.db"));
        byte[] before = Files.readAllBytes(other.resolve("onward.db"));

        assertEquals(1, onward("--data-dir", other.toString(), "stats"));

        assertTrue(err.contains("is not an Onward journal"), err);
        assertArrayEquals(before, Files.readAllBytes(other.resolve("onward.db")));
        assertFalse(Files.exists(other.resolve("onward.db-wal")));
    }

    @Test
    void restore_anotherProgramsDatabase_isRefusedAndTheJournalKept() throws IOException, SQLException {
        Path foreign = foreignDatabase(temp.resolve("recipes.db"));

        assertEquals(1, onward("--data-dir", journal.toString(), "restore", foreign.toString()));

        assertTrue(err.contains("recipes.db is not an Onward journal"), err);
        assertApplications(journal, 4);
    }

    @Test
    void restore_anEmptyFile_isRefusedAndTheJournalKept() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.db"));

        assertEquals(1, onward("--data-dir", journal.toString(), "restore", empty.toString()));

        assertTrue(err.contains("empty.db is not an Onward journal"), err);
        assertEquals(0, Files.size(empty));
        assertApplications(journal, 4);
    }

    @Test
    void exportAndBackupOut_areForTheUsersEyesOnly() throws IOException {
        Path exported = temp.resolve("out/journal.json");
        Path copied = temp.resolve("out/journal-copy.db");
        Files.createDirectories(exported.getParent());

        assertEquals(0, onward("--data-dir", journal.toString(), "export", "json", "--out", exported.toString()));
        assertEquals(0, onward("--data-dir", journal.toString(), "backup", "--out", copied.toString()));
        assertEquals(0, onward("--data-dir", journal.toString(), "backup"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(exported)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copied)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(newestSnapshot())));
        try (Stream<Path> left = Stream.concat(Files.list(exported.getParent()), Files.list(journal.resolve("backups")))) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
        }
        assertSnapshotHolds(copied, 4);
    }

    private void assertRefusedAndKept() {
        assertTrue(err.contains("would go in the folder that holds your journal"), err);
        assertApplications(journal, 4);
    }

    private void assertApplications(Path folder, int count) {
        assertEquals(0, onward("--data-dir", folder.toString(), "stats"), err);
        assertTrue(out.startsWith("Applications: " + count + "\n"), out);
    }

    /** Counts the applications in {@code snapshot} from a copy, so the snapshot itself is left as it is. */
    private void assertSnapshotHolds(Path snapshot, int count) throws IOException {
        Path copy = temp.resolve("copy-of-" + snapshot.getFileName());
        Files.createDirectories(copy);
        Files.copy(snapshot, copy.resolve("onward.db"));
        assertApplications(copy, count);
    }

    private int onward(String... args) {
        int code = run.onward(args);
        out = run.out();
        err = run.err();
        return code;
    }

    private Path newestSnapshot() throws IOException {
        try (Stream<Path> files = Files.list(journal.resolve("backups"))) {
            return files.max(Comparator.comparing(Path::toString)).orElseThrow();
        }
    }

    private static Path foreignDatabase(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipe (name TEXT, minutes INTEGER)");
            s.execute("INSERT INTO recipe VALUES ('Soup', 40)");
        }
        return file;
    }
}
