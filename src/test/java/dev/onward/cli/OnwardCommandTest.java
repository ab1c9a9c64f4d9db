package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    });
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
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
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err.toString());
        assertTrue(err.toString().contains("Usage: onward"), err.toString());
        assertEquals(List.of(), opened);
    }

    @Test
    void execute_openOnwardCannotBeReached_isDataErrorWithoutWindow() {
        OnwardCommand refusing = new OnwardCommand(folder -> WindowOpener.Result.REFUSED);
        assertEquals(1, refusing.commandLine().execute());
        assertFalse(refusing.windowOpened());
    }

    @Test
    void execute_openOnwardTookTheRequest_exitsZeroWithoutWindow() {
        OnwardCommand handedOver = new OnwardCommand(folder -> WindowOpener.Result.HANDED_OVER);
        assertEquals(0, handedOver.commandLine().execute());
        assertFalse(handedOver.windowOpened());
    }

    @Test
    void execute_dataDirWithoutValue_isUsageError() {
        assertEquals(2, run("--data-dir"));
        assertEquals(List.of(), opened);
    }
}
