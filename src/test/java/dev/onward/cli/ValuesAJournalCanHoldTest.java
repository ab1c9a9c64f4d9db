package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value of an import is checked at the boundary against what the app can use: ids, days and
 * moments out of range, {@code null} where an entry belongs, a setting written with spaces. A refused
 * import names the line and field, prints no stack trace, and leaves no journal behind.
 */
class ValuesAJournalCanHoldTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    final CommandRun run = new CommandRun();
    ObjectNode export;

    @BeforeEach
    void exportTheSample() throws IOException {
        Path file = temp.resolve("sample.json");
        assertEquals(0, run.onward("--data-dir", CommandRun.sampleJournal(temp).toString(), "export", "json",
                "--out", file.toString()), run.err());
        export = (ObjectNode) JSON.readTree(file.toFile());
    }

    /** Imports the sample export changed by {@code change} into a new folder; returns the exit code. */
    int importChanged(Consumer<ObjectNode> change) throws IOException {
        ObjectNode copy = export.deepCopy();
        change.accept(copy);
        Path file = temp.resolve("changed.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy), StandardCharsets.UTF_8);
        return run.onward("--data-dir", temp.resolve("new").toString(), "import", "json", file.toString());
    }

    ObjectNode firstApplication(ObjectNode root) {
        return (ObjectNode) root.get("applications").get(0);
    }

    void assertRefused(String... words) {
        for (String word : words) {
            assertTrue(run.err().contains(word), run.err());
        }
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(temp.resolve("new/onward.db")), "a refused import into a new folder leaves no journal");
    }

    @Test
    void anIdBeyondWhatAJournalCanUse_isRefusedWithItsLine() throws IOException {
        assertEquals(1, importChanged(root -> firstApplication(root).put("id", (1L << 40) - 1)));
        assertRefused("changed.json, line", "The id 1099511627775 is outside what a journal can use");
    }

    @Test
    void anIdBelowOne_isRefused() throws IOException {
        assertEquals(1, importChanged(root -> firstApplication(root).put("id", 0)));
        assertRefused("The id 0 is outside what a journal can use");
    }

    @Test
    void nullInAList_isRefusedNamingTheList() throws IOException {
        assertEquals(1, importChanged(root -> ((ArrayNode) firstApplication(root).withArray("stages")).addNull()));
        assertRefused("\u201cstages\u201d holds an empty entry");
    }

    @Test
    void nullAsAnApplication_isRefused() throws IOException {
        assertEquals(1, importChanged(root -> ((ArrayNode) root.get("applications")).addNull()));
        assertRefused("Each entry in \u201capplications\u201d must be an object");
    }

    @Test
    void aCreatedMomentInYearOneBillion_isRefused() throws IOException {
        assertEquals(1, importChanged(root -> firstApplication(root).put("created", "+1000000000-01-01T00:00:00Z")));
        assertRefused("is outside what a journal can hold (1900 to 2999)");
    }

    @Test
    void aKeepInTouchDayAtTheEndOfTime_isRefused() throws IOException {
        assertEquals(1, importChanged(root -> {
            JsonNode contacts = root.get("contacts");
            ((ObjectNode) contacts.get(0)).put("keepInTouchOn", "+999999999-12-31");
        }));
        assertRefused("keepInTouchOn", "is outside what a journal can hold");
    }

    @Test
    void aWeeklyTargetWithSpaces_isKeptAsTheNumber() throws IOException {
        assertEquals(0, importChanged(root -> ((ObjectNode) root.get("settings")).put("weeklyTarget", " 7 ")), run.err());
        assertEquals(0, run.onward("--data-dir", temp.resolve("new").toString(), "stats", "--json"), run.err());
        assertEquals(7, JSON.readTree(run.out()).get("weeklyTarget").asInt(), run.out());
    }

    @Test
    void importCsv_thirteenthMonth_isNamedOnItsLineNotAsAnUnclearOrder() throws IOException {
        Path csv = temp.resolve("month13.csv");
        Files.writeString(csv, "Company,Role,Applied,Status\nAcme,Developer,13/13/2026,applied\n", StandardCharsets.UTF_8);

        assertEquals(1, run.onward("--data-dir", temp.resolve("new").toString(), "import", "csv", csv.toString()));

        assertTrue(run.err().contains("line 2"), run.err());
        assertFalse(run.err().contains("(for example )"), run.err());
    }
}
