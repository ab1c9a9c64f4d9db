package dev.onward.cli;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onward.SqliteJournal;
import dev.onward.domain.Application;
import dev.onward.testutil.TestJournal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code onward --data-dir DIR search TEXT [--json]}, run in-process on a journal in a temporary folder. */
class SearchCommandTest {
    @TempDir
    Path temp;
    final List<Path> opened = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void fill() {
        try (TestJournal testJournal = TestJournal.open(temp)) {
            Application acme = testJournal.journal().add(anApplication().notes("Prepared the interview in München").build());
            testJournal.journal().recordOutcome(acme.id(), anOutcome().rejected().on(LocalDate.of(2026, 4, 2))
                    .message("Thank you for interviewing with us").build());
        }
    }

    WindowOpener.Result open(Path folder) {
        opened.add(folder);
        return WindowOpener.Result.OPENED;
    }

    int run(String... args) {
        return runIn(temp, args);
    }

    @Test
    void search_text_printsGroupsTitlesAndMarkedSnippets() {
        assertEquals(0, run("interv"));
        String expected = String.join(System.lineSeparator(),
                "Applications",
                "  Acme Rockets \u2014 Junior Developer \u00b7 2026-03-07",
                "    Lyon Referral Prepared the [interview] in M\u00fcnchen",
                "Outcomes",
                "  Acme Rockets \u2014 Junior Developer \u00b7 Rejected \u00b7 2026-04-02",
                "    Thank you for [interviewing] with us", "");
        assertEquals(expected, out.toString());
        assertEquals("", err.toString());
        assertEquals(List.of(), opened);
    }

    @Test
    void search_severalArguments_areOneQuery() {
        assertEquals(0, run("munchen", "prepared"));
        assertTrue(out.toString().startsWith("Applications"), out.toString());
    }

    @Test
    void search_nothingMatches_saysSoAndExitsZero() {
        assertEquals(0, run("kubernetes"));
        assertEquals("Nothing in your journal matches \u201ckubernetes\u201d." + System.lineSeparator(), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "-", "---", "-x", "--frobnicate", "(", ")", "NEAR", "AND", "'; DROP TABLE application; --",
        "'", "\"\"", "^", "{", ":", "@", "%", "   "})
    void search_operatorCharacters_areTextAndExitZero(String text) {
        assertEquals(0, run(text), err.toString());
        assertEquals("", err.toString());
        assertEquals(0, run("interview"), "the journal still answers");
    }

    @Test
    void search_afterEndOfOptions_takesEvenTwoDashesAsText() {
        assertEquals(0, run("--", "--"));
        assertEquals("Nothing in your journal matches \u201c--\u201d." + System.lineSeparator(), out.toString());
        assertEquals(2, run("--"), "two dashes alone end the options and leave no TEXT");
    }

    @Test
    void search_json_printsKindsTitlesSnippetsAndMarks() throws Exception {
        assertEquals(0, run("--json", "thank"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("thank", root.get("text").asText());
        JsonNode result = root.get("groups").get(0).get("results").get(0);
        assertEquals("outcome", result.get("kind").asText());
        assertEquals("Acme Rockets \u2014 Junior Developer", result.get("title").asText());
        assertEquals("Rejected", result.get("detail").asText());
        assertEquals("Thank you for interviewing with us", result.get("snippet").asText());
        assertEquals(0, result.get("marks").get(0).get("start").asInt());
        assertEquals(5, result.get("marks").get(0).get("end").asInt());
    }

    @Test
    void search_jsonNothingMatches_printsEmptyGroups() throws Exception {
        assertEquals(0, run("zzz", "--json"));
        assertEquals(0, new ObjectMapper().readTree(out.toString()).get("groups").size());
    }

    @Test
    void search_withoutText_isUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("TEXT"), err.toString());
    }

    @Test
    void search_help_describesTheCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Searches the journal"), out.toString());
        assertTrue(out.toString().contains("--json"), out.toString());
    }

    @Test
    void search_fileThatIsNotAJournal_isDataErrorAndLeavesItAlone() throws Exception {
        Path folder = temp.resolve("other");
        Files.createDirectories(folder);
        Path file = folder.resolve("onward.db");
        Files.writeString(file, "Company,Role\n".repeat(100));
        assertEquals(1, runIn(folder, "acme"));
        assertTrue(err.toString().contains("is not an Onward journal"), err.toString());
        assertEquals("Company,Role\n".repeat(100), Files.readString(file));
        assertFalse(out.toString().contains("Applications"));
    }

    @Test
    void search_anotherProgramsDatabase_isDataErrorAndLeavesItAlone() throws Exception {
        Path folder = temp.resolve("recipes");
        Files.createDirectories(folder);
        Path file = folder.resolve("onward.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipe (name TEXT, minutes INTEGER)");
            s.execute("INSERT INTO recipe VALUES ('Soup', 40)");
        }
        byte[] before = Files.readAllBytes(file);
        assertEquals(1, runIn(folder, "soup"));
        assertTrue(err.toString().contains("is not an Onward journal"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("", out.toString());
    }

    @Test
    void search_journalOfGarbageBytes_isDataErrorAndLeavesItAlone() throws Exception {
        Path folder = temp.resolve("damaged");
        Files.createDirectories(folder);
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(folder.resolve("onward.db"), garbage);
        assertEquals(1, runIn(folder, "acme"));
        assertTrue(err.toString().contains("is not an Onward journal. Onward has not changed it."), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertArrayEquals(garbage, Files.readAllBytes(file));
        assertEquals("", out.toString());
    }

    /** Runs {@code search args} on the data folder {@code folder}; returns the exit code. */
    int runIn(Path folder, String... args) {
        CommandLine cli = new OnwardCommand(this::open, SqliteJournal.opener()).commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString(), "search"));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }
}
