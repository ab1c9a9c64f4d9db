package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command that only reads ({@code stats}, {@code search}, {@code export}, {@code check}), given a
 * mistyped {@code --data-dir}, says there is no journal there (exit 1) and creates nothing; an
 * empty {@code --data-dir} is a usage error (exit 2).
 */
class ReadingCommandsCreateNothingTest {
    @TempDir
    Path temp;
    final CommandRun run = new CommandRun();

    String[] command(String name, Path folder) {
        return switch (name) {
            case "stats" -> new String[] {"--data-dir", folder.toString(), "stats"};
            case "search" -> new String[] {"--data-dir", folder.toString(), "search", "acme"};
            case "export" -> new String[] {"--data-dir", folder.toString(), "export", "json", "--out",
                temp.resolve("out.json").toString()};
            case "check" -> new String[] {"--data-dir", folder.toString(), "check"};
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "search", "export", "check"})
    void onAMistypedFolder_saysThereIsNoJournalAndCreatesNothing(String name) {
        Path mistyped = temp.resolve("jounral");

        assertEquals(1, run.onward(command(name, mistyped)));

        assertEquals("There is no journal in " + mistyped + ". Check the folder given with --data-dir; nothing was "
                + "created there.\n", run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(mistyped), "not even the folder");
        assertFalse(Files.exists(temp.resolve("out.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "search", "export", "check"})
    void onAnEmptyFolderThatIsThere_leavesItEmpty(String name) throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));

        assertEquals(1, run.onward(command(name, empty)));

        try (var files = Files.list(empty)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anEmptyDataDir_isAUsageError() {
        assertEquals(2, run.onward("--data-dir", "", "stats"));
        assertTrue(run.err().contains("--data-dir needs a folder; it was given an empty one."), run.err());
    }

    @Test
    void anEmptyDataDirAfterTheCommand_isAUsageErrorToo() {
        assertEquals(2, run.onward("stats", "--data-dir", "  "));
        assertTrue(run.err().contains("--data-dir needs a folder"), run.err());
    }

    @Test
    void statsOnAJournalThatIsThere_stillWorks() {
        Path folder = CommandRun.sampleJournal(temp);
        assertEquals(0, run.onward("--data-dir", folder.toString(), "stats"), run.err());
        assertTrue(run.out().contains("4"), run.out());
    }
}
