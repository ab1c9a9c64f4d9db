package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code onward stats} gives what the dashboard gives: what is coming up and what the reflections add up to, too. */
class StatsCommandTest {
    @TempDir
    Path temp;

    private final CommandRun run = new CommandRun();
    private Path journal;
    private String out;

    @BeforeEach
    void sampleJournal() {
        journal = CommandRun.sampleJournal(temp);
    }

    @Test
    void stats_text_hasTheDashboardsCardsAndLists() {
        assertEquals(0, onward("--data-dir", journal.toString(), "stats"));

        assertTrue(out.contains("\nRejections not yet followed by an application: "), out);
        assertTrue(out.contains("\nNext 14 days: "), out);
        assertTrue(out.contains("\nPossible reasons you picked: 2 kinds\n"), out);
        assertTrue(out.contains("\n  They chose someone from inside: 1 (1 outside your control)\n"), out);
        assertTrue(out.contains("\nNo lesson theme has come up three times yet.\n"), out);
    }

    @Test
    void statsJson_hasReasonsFeelingsAndCalibration() throws Exception {
        assertEquals(0, onward("--data-dir", journal.toString(), "stats", "--json"));

        JsonNode json = new ObjectMapper().readTree(out);
        JsonNode reason = json.get("reasons").get(0);
        assertTrue(reason.has("reason") && reason.has("chosen") && reason.has("outsideMyControl"), reason.toString());
        assertEquals(2, json.get("reasons").size());
        JsonNode feeling = json.get("feelings").get(0);
        assertEquals("2026-04", feeling.get("month").asText(), feeling.toString());
        assertTrue(feeling.has("feeling") && feeling.has("named") && feeling.has("averageIntensity"), feeling.toString());
        assertTrue(json.get("calibration").isArray(), json.toString());
    }

    private int onward(String... args) {
        int code = run.onward(args);
        out = run.out();
        return code;
    }
}
