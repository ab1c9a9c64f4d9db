package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.SqliteJournal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OnwardCommandTest {
    final List<Path> opened = new ArrayList<>();
    final OnwardCommand command = new OnwardCommand(folder -> {
        opened.add(folder);
        return WindowOpener.Result.OPENED;
    }, SqliteJournal.opener());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = command.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void execute_noArguments_opensWindowOnDefaultFolder() {
        assertEquals(0, run());
        assertEquals(1, opened.size());
        assertTrue(command.windowOpened());
    }

    @Test
    void execute_dataDir_opensWindowOnThatFolder() {
        assertEquals(0, run("--data-dir", "/tmp/onward-scratch"));
        assertEquals(List.of(Path.of("/tmp/onward-scratch")), opened);
    }

    @Test
    void execute_help_printsUsageAndExitsZeroWithoutWindow() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: onward"), out.toString());
        assertTrue(out.toString().contains("--data-dir=DIR"), out.toString());
        assertFalse(command.windowOpened());
    }

    @Test
    void execute_version_printsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Onward "), out.toString());
        assertEquals(List.of(), opened);
    }

    @Test
    void execute_unknownOption_isUsageErrorWithUsageLine() {
        assertEquals(2, run("--frobnicate"));
        assertEquals("There is no option \u201c--frobnicate\u201d in onward.\n"
                + "Usage: onward [-hV] [--data-dir=DIR] [COMMAND]\n"
                + "Run \u201conward --help\u201d to see every option.\n", err.toString().replace("\r", ""));
        assertEquals(List.of(), opened);
    }

    /** The first line of stderr: the sentence saying what is wrong. */
    String said() {
        return err.toString().replace("\r", "").lines().findFirst().orElse("");
    }

    /** Checks the short usage of {@code command} follows, and that none of picocli's own English came through. */
    void assertShortUsage(String command) {
        String text = err.toString();
        assertTrue(text.contains("Usage: " + command + " "), text);
        assertTrue(text.contains("Run \u201c" + command + " --help\u201d to see every option."), text);
        for (String picocli : List.of("Unmatched argument", "Unknown option", "Missing required", "Invalid value",
            "mutually exclusive", "Error:", "should be specified only once", "expected one of")) {
            assertFalse(text.contains(picocli), picocli + " in " + text);
        }
        assertFalse(text.contains("Show this help message"), "the short usage, not the whole help: " + text);
    }

    @Test
    void execute_unknownCommand_namesTheCommandsAndSuggestsOne() {
        assertEquals(2, run("imprt", "json", "x.json"));
        assertEquals("\u201cimprt\u201d is not a command Onward knows. The commands are: export, import, backup, restore, "
                + "stats, check, search. Did you mean \u201cimport\u201d or \u201cexport\u201d?", said());
        assertShortUsage("onward");
        assertEquals(List.of(), opened);
    }

    @Test
    void execute_argumentTooMany_saysWhichToRemove() {
        assertEquals(2, run("import", "json", "a.json", "frobnicate"));
        assertEquals("Remove \u201cfrobnicate\u201d: onward import does not take it. If a file name or a search has spaces, "
                + "put it in quotes.", said());
        assertShortUsage("onward import");
    }

    @Test
    void execute_bothDayOrders_saysChooseOne() {
        assertEquals(2, run("import", "csv", "a.csv", "--day-first", "--month-first"));
        assertEquals("Choose --day-first or --month-first, not both.", said());
        assertShortUsage("onward import");
    }

    @Test
    void execute_unknownFormat_listsTheFormats() {
        assertEquals(2, run("import", "pdf", "a.pdf"));
        assertEquals("Onward does not know the format \u201cpdf\u201d. Use one of: json, csv.", said());
        assertShortUsage("onward import");
        assertEquals(2, run("export", "xls", "--out", "a.xls"));
        assertEquals("Onward does not know the format \u201cxls\u201d. Use one of: json, csv, ics, md.", said());
    }

    @Test
    void execute_missingArguments_namesAllOfThem() {
        assertEquals(2, run("import"));
        assertEquals("Add FORMAT and FILE: onward import needs them.", said());
        assertShortUsage("onward import");
        assertEquals(2, run("export", "json"));
        assertEquals("Add --out FILE: onward export needs it.", said());
    }

    @Test
    void execute_optionWithoutItsValueOrTwice_saysWhatToDo() {
        assertEquals(2, run("export", "json", "--out"));
        assertEquals("Put a FILE after --out.", said());
        assertEquals(2, run("export", "json", "--out", "a.json", "--out", "b.json"));
        assertEquals("Give --out only once.", said());
        assertEquals(2, run("import", "csv", "a.csv", "--column", "Firm"));
        assertEquals("Onward cannot read \u201cFirm\u201d as --column HEADER=FIELD.", said());
        assertShortUsage("onward import");
    }

    @Test
    void execute_openOnwardCannotBeReached_isDataErrorWithoutWindow() {
        OnwardCommand refusing = new OnwardCommand(folder -> WindowOpener.Result.REFUSED, SqliteJournal.opener());
        assertEquals(1, refusing.commandLine().execute());
        assertFalse(refusing.windowOpened());
    }

    @Test
    void execute_openOnwardTookTheRequest_exitsZeroWithoutWindow() {
        OnwardCommand handedOver = new OnwardCommand(folder -> WindowOpener.Result.HANDED_OVER, SqliteJournal.opener());
        assertEquals(0, handedOver.commandLine().execute());
        assertFalse(handedOver.windowOpened());
    }

    @Test
    void execute_dataDirWithoutValue_isUsageError() {
        assertEquals(2, run("--data-dir"));
        assertEquals("Put a DIR after --data-dir.", said());
        assertShortUsage("onward");
        assertEquals(List.of(), opened);
    }
}
