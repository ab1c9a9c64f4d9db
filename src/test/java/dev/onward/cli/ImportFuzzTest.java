package dev.onward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of every import: friendly files (the sample export, the Teal, JobSync and
 * spreadsheet fixtures) changed the way an adversary would change them — characters that grow
 * under normalisation, NUL, lone surrogates, long values, huge numbers and far days, nulls,
 * cut-off and shuffled text. For each input the invariants hold: exit 0, 1 or 2 and never a stack
 * trace; a refused import leaves the journal as it was; an accepted one leaves a journal that
 * passes {@code check}, {@code stats}, {@code export json} and {@code export csv}.
 */
class ImportFuzzTest {
    static final long SEED = 20261205L;
    static final ObjectMapper JSON = new ObjectMapper();
    static final int CSV_INPUTS = 120;
    static final int JSON_INPUTS = 120;
    /** Odd texts an adversary types: growing under NFC, control, bidi, emoji, markup, SQL, formula. */
    static final String[] ODD = {"\u095B", "\u0000", "\uD800", "\uDC00", "\u202E", "\uFEFF", "\uD83D\uDE00", "\r",
        "\t", "'; DROP TABLE application; --", "<script>x</script>", "=cmd|'/c calc'!A1", "\u0301", "\uFFFF",
        "\u2028", "\\", "\"", ",", ";", "\n", "9999999999999999999999", "-1", "0", "+999999999-12-31",
        "1899-12-31", "3000-01-01", "2026-02-30", "13/13/2026", "null", "true", "{}", "[]", "ज़".repeat(120)};

    @TempDir
    static Path temp;
    static Path journalTemplate;
    static String templateDump;
    static List<String> csvSeeds = new ArrayList<>();
    static String jsonSeed;

    final CommandRun run = new CommandRun();

    @BeforeAll
    static void seeds() throws IOException {
        journalTemplate = temp.resolve("template");
        try (TestJournal journal = TestJournal.open(journalTemplate)) {
            journal.journal().add(dev.onward.domain.ApplicationDetails.of("Already", "Here"));
        }
        templateDump = JournalDump.of(journalTemplate.resolve("onward.db"));
        for (String name : List.of("teal.csv", "jobsync.csv", "spreadsheet.csv", "bad-row-7.csv")) {
            try (InputStream in = ImportFuzzTest.class.getResourceAsStream("/dev/onward/exchange/" + name)) {
                csvSeeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        CommandRun export = new CommandRun();
        Path json = temp.resolve("sample.json");
        assertEquals(0, export.onward("--data-dir", CommandRun.sampleJournal(temp).toString(), "export", "json",
                "--out", json.toString()), export.err());
        jsonSeed = Files.readString(json);
    }

    /** One changed copy of the CSV {@code text}: a few cells replaced, or a few edits to the bytes. */
    static String mutateCsv(String text, Random random) {
        if (random.nextInt(3) == 0) {
            return mutate(text, random, false);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            rows.add(new ArrayList<>(List.of(line.split(",", -1))));
        }
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<String> row = rows.get(1 + random.nextInt(Math.max(1, rows.size() - 1)) % rows.size());
            int cell = random.nextInt(row.size());
            row.set(cell, oddText(random));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(out.length() > 0 ? "\n" : "").append(String.join(",", row));
        }
        return out.toString();
    }

    /** One changed copy of the JSON {@code text}: a few values replaced, or a few edits to the bytes. */
    static String mutateJson(String text, Random random) throws IOException {
        if (random.nextInt(3) == 0) {
            return mutate(text, random, true);
        }
        JsonNode root = JSON.readTree(text);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            JsonNode container = containers.get(random.nextInt(containers.size()));
            JsonNode value = JSON.readTree(switch (random.nextInt(3)) {
                case 0 -> jsonValue(random);
                case 1 -> "null";
                default -> JSON.writeValueAsString(oddText(random));
            });
            if (container instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                object.set(names.get(random.nextInt(names.size())), value);
            } else if (container instanceof ArrayNode array) {
                if (array.size() > 0 && random.nextBoolean()) {
                    array.set(random.nextInt(array.size()), value);
                } else {
                    array.add(value);
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    static String oddText(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "a".repeat(199) + "\u095B"; // 200 as typed, 201 once normalised
            case 1 -> ODD[random.nextInt(ODD.length)] + "Acme";
            default -> ODD[random.nextInt(ODD.length)];
        };
    }

    /** One changed copy of {@code text}: a few edits at random places. */
    static String mutate(String text, Random random, boolean json) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(9)) {
                case 0 -> s.insert(at, ODD[random.nextInt(ODD.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
                case 2 -> s.setLength(at); // cut off
                case 3 -> s.insert(at, "x".repeat(1 + random.nextInt(25_000)));
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(400))));
                case 5 -> replaceQuoted(s, at, json ? jsonValue(random) : ODD[random.nextInt(ODD.length)]);
                case 6 -> s.replace(at, Math.min(s.length(), at + 1), String.valueOf((char) random.nextInt(0x3000)));
                case 7 -> s.insert(at, json ? "\\ud83d" : "\"");
                default -> replaceQuoted(s, at, "a".repeat(190 + random.nextInt(20)) + "\u095B");
            }
        }
        return s.toString();
    }

    static String jsonValue(Random random) {
        String[] values = {"null", "0", "-1", "1099511627775", "9223372036854775807", "1e400", "[null]", "{}",
            "\"\"", "\"+1000000000-01-01T00:00:00Z\"", "\"+999999999-12-31\"", "\"2026-13-01\"", "true", "[]",
            "\"\\u0000\"", "\"\\ud800\"", "\" 7 \""};
        return values[random.nextInt(values.length)];
    }

    /** Replaces the value after the next colon (JSON) or between the next two separators (CSV) at or after {@code at}. */
    static void replaceQuoted(StringBuilder s, int at, String value) {
        int colon = s.indexOf(":", at);
        if (colon < 0) {
            s.append(value);
            return;
        }
        int end = colon + 1;
        while (end < s.length() && ",}\n]".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        s.replace(colon + 1, end, " " + value);
    }

    @Test
    void everyFuzzedImport_keepsTheInvariants() throws IOException {
        Random random = new Random(SEED);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < CSV_INPUTS; i++) {
            String csv = mutateCsv(csvSeeds.get(random.nextInt(csvSeeds.size())), random);
            if (importOne("csv", i, csv)) {
                accepted++;
            } else {
                refused++;
            }
        }
        for (int i = 0; i < JSON_INPUTS; i++) {
            if (importOne("json", i, mutateJson(jsonSeed, random))) {
                accepted++;
            } else {
                refused++;
            }
        }
        System.out.printf("ImportFuzzTest: %d inputs, %d accepted, %d refused%n", accepted + refused, accepted, refused);
        assertTrue(accepted > 10 && refused > 10, "the fuzzing should reach both sides: " + accepted + "/" + refused);
    }

    /** Imports one input; returns whether it was accepted. */
    boolean importOne(String format, int i, String text) throws IOException {
        Path input = temp.resolve("input-" + format + "-" + i + "." + format);
        Files.write(input, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes "?"
        Path folder = temp.resolve("journal-" + format + "-" + i);
        if (format.equals("csv")) {
            copyFolder(journalTemplate, folder);
        }
        String label = input.getFileName() + " (seed " + SEED + ")";
        int code = run.onward("--data-dir", folder.toString(), "import", format, input.toString());
        assertNoStackTrace(label + ": import", code);
        assertTrue(code == 0 || code == 1 || code == 2, label + ": exit " + code);
        if (code != 0) {
            if (format.equals("csv")) {
                assertEquals(templateDump, JournalDump.of(folder.resolve("onward.db")), label + ": refused but changed");
            } else {
                assertFalse(Files.exists(folder.resolve("onward.db")), label + ": refused but a journal was left");
            }
            Files.delete(input);
            return false;
        }
        for (String[] command : List.of(new String[] {"check"}, new String[] {"stats", "--json"},
                new String[] {"export", "json", "--out", temp.resolve("out.json").toString()},
                new String[] {"export", "csv", "--out", temp.resolve("out.csv").toString()})) {
            String[] args = Stream.concat(Stream.of("--data-dir", folder.toString()), Stream.of(command))
                    .toArray(String[]::new);
            int after = run.onward(args);
            assertNoStackTrace(label + ": " + command[0], after);
            assertEquals(0, after, label + ": " + String.join(" ", command) + " after an accepted import\n" + run.err());
        }
        Files.delete(input);
        return true;
    }

    void assertNoStackTrace(String label, int code) {
        String all = run.out() + run.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("Error:"),
                label + " printed a stack trace (exit " + code + "):\n" + all);
    }

    static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
