package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.service.DiskFull;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files an export writes and an import reads, as an adversary would choose them: a cell that a
 * spreadsheet would run, an {@code --out} that is a pipe, a file of gigabytes, {@code /dev/zero}.
 */
class ExportAndImportFilesTest {
    @TempDir
    Path temp;
    final CommandRun run = new CommandRun();

    Path journalWith(String company) {
        Path folder = temp.resolve("data");
        try (TestJournal journal = TestJournal.open(folder)) {
            journal.journal().add(ApplicationDetails.of(company, "Developer"));
        }
        return folder;
    }

    @Test
    void exportCsv_aFormulaInACell_isWrittenInert_andImportsBackAsTyped() throws IOException {
        String formula = "=cmd|'/c calc'!A1";
        Path csv = temp.resolve("out.csv");
        assertEquals(0, run.onward("--data-dir", journalWith(formula).toString(), "export", "csv", "--out",
                csv.toString()), run.err());

        String written = Files.readString(csv);
        assertTrue(written.contains("\r\n'=cmd|'/c calc'!A1,") || written.contains("\r\n\"'=cmd|'/c calc'!A1\","), written);

        Path again = temp.resolve("again");
        assertEquals(0, run.onward("--data-dir", again.toString(), "import", "csv", csv.toString()), run.err());
        Path json = temp.resolve("again.json");
        assertEquals(0, run.onward("--data-dir", again.toString(), "export", "json", "--out", json.toString()));
        assertTrue(Files.readString(json).contains("\"company\" : \"=cmd|'/c calc'!A1\""), Files.readString(json));
    }

    @Test
    void export_outIsAPipe_isRefusedAndThePipeStays() throws Exception {
        Path fifo = temp.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));

        assertEquals(1, run.onward("--data-dir", journalWith("Acme").toString(), "export", "json", "--out",
                fifo.toString()));

        assertTrue(run.err().contains("is not a file (it is a folder, a device or a pipe)"), run.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still the pipe");
    }

    @Test
    void export_outIsAFolder_isRefusedAndTheFolderStays() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("a-folder"));
        assertEquals(1, run.onward("--data-dir", journalWith("Acme").toString(), "export", "csv", "--out",
                folder.toString()));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void importCsv_devZero_isRefusedWithASentence() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path folder = journalWith("Acme");

        assertEquals(1, run.onward("--data-dir", folder.toString(), "import", "csv", zero.toString()));

        assertTrue(run.err().contains("larger than 100 MB"), run.err());
        assertFalse(run.err().contains("Error"), run.err());
    }

    @Test
    void importCsvAndJson_aFileOfGigabytes_isRefusedWithASentence() throws IOException {
        Path huge = temp.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.writeBytes("Company,Role,Applied,Status\n");
            file.setLength(2L * 1024 * 1024 * 1024 + 10); // sparse: no disk used
        }
        Path folder = journalWith("Acme");

        assertEquals(1, run.onward("--data-dir", folder.toString(), "import", "csv", huge.toString()));
        assertTrue(run.err().contains("larger than 100 MB"), run.err());

        Path hugeJson = temp.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(hugeJson.toFile(), "rw")) {
            file.writeBytes("{\"format\":\"onward\",\"notes\":\"");
            file.setLength(200L * 1024 * 1024);
        }
        assertEquals(1, run.onward("--data-dir", temp.resolve("new").toString(), "import", "json", hugeJson.toString()));
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aFullDisk_isToldFromOtherFailures() {
        assertTrue(DiskFull.causes(new FileSystemException("/x", null, "No space left on device")));
        assertTrue(DiskFull.causes(new RuntimeException(new SQLException("[SQLITE_FULL] Insertion failed because "
                + "database is full (database or disk is full)"))));
        assertFalse(DiskFull.causes(new FileSystemException("/x", null, "Permission denied")));
        assertFalse(DiskFull.causes(new IOException((String) null)));
    }
}
