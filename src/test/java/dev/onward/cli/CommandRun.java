package dev.onward.cli;

import dev.onward.SqliteJournal;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs Onward's command line in-process, as {@code Main} runs it, and keeps what it printed. */
final class CommandRun {
    private String out = "";
    private String err = "";

    /** A data folder {@code data} in {@code temp} holding the sample journal (four applications, lessons, a reflection). */
    static Path sampleJournal(Path temp) {
        Path folder = temp.resolve("data");
        try (TestJournal seeded = TestJournal.open(folder)) {
            SampleJournal.fill(seeded);
        }
        return folder;
    }

    /** Runs {@code args}; returns the exit code. No command opens a window here. */
    int onward(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = new OnwardCommand(folder -> WindowOpener.Result.OPENED, SqliteJournal.opener()).commandLine();
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        int code = cli.execute(args);
        out = outText.toString().replace("\r", "");
        err = errText.toString().replace("\r", "");
        return code;
    }

    /** What the last run printed on standard output, with Unix line ends. */
    String out() {
        return out;
    }

    /** What the last run printed on standard error, with Unix line ends. */
    String err() {
        return err;
    }
}
