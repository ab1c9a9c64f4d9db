package dev.onward.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.persistence.exchange.SqliteJournalContents;
import dev.onward.service.exchange.ExchangeService;
import dev.onward.service.exchange.ImportFileException;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonJournalTest {
    @TempDir
    Path temp;

    static ExchangeService exchange(TestJournal journal) {
        return journal.services().exchange();
    }

    Path exportSample() {
        Path file = temp.resolve("first.json");
        try (TestJournal first = TestJournal.open(temp.resolve("a"))) {
            SampleJournal.fill(first);
            exchange(first).export(new JsonJournalWriter(), file);
        }
        return file;
    }

    Path write(String name, String json) throws IOException {
        return Files.writeString(temp.resolve(name), json);
    }

    ImportFileException refused(Path file) {
        return assertThrows(ImportFileException.class, () -> new JsonJournalReader().read(file));
    }

    @Test
    void exportImportExport_fullJournal_isByteIdenticalAndSameRows() throws IOException {
        Path first = exportSample();
        Path second = temp.resolve("second.json");
        try (TestJournal b = TestJournal.open(temp.resolve("b"))) {
            exchange(b).importJournal(first, new JsonJournalReader(), false);
            exchange(b).export(new JsonJournalWriter(), second);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String text = Files.readString(first);
        assertTrue(text.startsWith("{\n  \"format\" : \"onward\",\n  \"version\" : 1,"), text.substring(0, 60));
        assertTrue(text.contains("東京ソフト") && text.contains("Café chat ☕") && text.contains("\"repeatOf\"")
                && text.contains("\"settings\" : {\n    \"weeklyTarget\" : \"4\""), text);
        assertEquals(JournalDump.of(temp.resolve("a/onward.db")).replaceAll("(?m)^\\d+ \\| (active|offer|rejected|ghosted|withdrew) \\|", "$1 |"),
                JournalDump.of(temp.resolve("b/onward.db")).replaceAll("(?m)^\\d+ \\| (active|offer|rejected|ghosted|withdrew) \\|", "$1 |"));
    }

    @Test
    void importJournal_dryRun_writesNothing() throws IOException {
        Path file = exportSample();
        try (TestJournal b = TestJournal.open(temp.resolve("b"))) {
            var report = exchange(b).importJournal(file, new JsonJournalReader(), true);
            assertEquals(4, report.added());
            assertEquals(0, exchange(b).contents().applications().size());
        }
    }

    @Test
    void importJournal_journalNotEmpty_isRefusedAndNothingChanges() throws IOException {
        Path file = exportSample();
        try (TestJournal a = TestJournal.open(temp.resolve("a"))) {
            String before = exchange(a).contents().toString();
            ImportFileException e = assertThrows(ImportFileException.class,
                    () -> exchange(a).importJournal(file, new JsonJournalReader(), false));
            assertTrue(e.getMessage().contains("empty one"), e.getMessage());
            assertEquals(before, exchange(a).contents().toString());
        }
    }

    @Test
    void read_truncatedFile_namesTheLastLine() throws IOException {
        String whole = Files.readString(exportSample());
        Path cut = write("cut.json", whole.substring(0, whole.length() / 2));
        ImportFileException e = refused(cut);
        assertTrue(e.line().isPresent(), e.getMessage());
        assertTrue(e.getMessage().startsWith("cut.json, line "), e.getMessage());
        assertTrue(e.getMessage().contains("ends too early"), e.getMessage());
    }

    @Test
    void read_wrongType_namesLineAndField() throws IOException {
        Path file = write("types.json", "{\"format\":\"onward\",\"version\":1,\n\"stageKinds\":[],\n\"applications\":[\n"
                + "{\"id\":\"seven\",\"company\":\"A\",\"role\":\"B\"}]}");
        ImportFileException e = refused(file);
        assertEquals(4, e.line().getAsInt(), e.getMessage());
        assertEquals("id", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("a whole number"), e.getMessage());
    }

    @Test
    void read_invalidValue_namesTheApplicationsLineAndField() throws IOException {
        Path file = write("blank.json", "{\"format\":\"onward\",\"version\":1,\"stageKinds\":[],\"applications\":[\n"
                + "{\"id\":1,\"company\":\"  \",\"role\":\"B\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\"}]}");
        ImportFileException e = refused(file);
        assertEquals(2, e.line().getAsInt());
        assertEquals("company", e.field().orElseThrow());
        assertTrue(e.getMessage().endsWith("Add the company name."), e.getMessage());
    }

    @Test
    void read_stageOfUnknownKind_isRefused() throws IOException {
        Path file = write("kind.json", "{\"format\":\"onward\",\"version\":1,\"stageKinds\":[],\"applications\":[\n"
                + "{\"id\":1,\"company\":\"A\",\"role\":\"B\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\","
                + "\"stages\":[{\"id\":1,\"kindId\":4,\"date\":\"2026-01-02\"}]}]}");
        ImportFileException e = refused(file);
        assertEquals("kindId", e.field().orElseThrow());
        assertEquals(2, e.line().getAsInt());
    }

    @Test
    void read_newerVersion_isRefusedWithTheVersions() throws IOException {
        ImportFileException e = refused(write("new.json", "{\"format\":\"onward\",\"version\":2,\"stageKinds\":[]}"));
        assertTrue(e.getMessage().contains("version 2") && e.getMessage().contains("newer Onward"), e.getMessage());
    }

    @Test
    void read_otherJson_isNotAnExport() throws IOException {
        ImportFileException e = refused(write("other.json", "[1, 2, 3]"));
        assertTrue(e.getMessage().contains("not an Onward export"), e.getMessage());
    }

    @Test
    void read_unknownField_isNamed() throws IOException {
        ImportFileException e = refused(write("extra.json", "{\"format\":\"onward\",\"version\":1,\n\"colour\":\"blue\"}"));
        assertEquals("colour", e.field().orElseThrow());
        assertEquals(2, e.line().getAsInt());
    }

    /** One application applied on {@code day}, on line 3. */
    Path appliedOn(String name, String day) throws IOException {
        return write(name, "{\"format\":\"onward\",\"version\":1,\"stageKinds\":[],\n\"applications\":[\n"
                + "{\"id\":1,\"company\":\"A\",\"role\":\"B\",\"applied\":\"" + day + "\",\"created\":\"2026-01-01T00:00:00Z\","
                + "\"updated\":\"2026-01-01T00:00:00Z\"}]}");
    }

    @Test
    void read_appliedAfterToday_isRefusedLikeTheCsvImport() throws IOException {
        Path tomorrow = appliedOn("tomorrow.json", "2026-11-25");
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> new JsonJournalReader(TestJournal.FIXED_CLOCK).read(tomorrow));
        assertEquals("tomorrow.json, line 3, field \u201capplied\u201d: The date \u201c2026-11-25\u201d is in the future "
                + "\u2014 applications can't be sent tomorrow.", e.getMessage());
        assertEquals(3, e.line().getAsInt());
        assertEquals("applied", e.field().orElseThrow());
    }

    @Test
    void read_appliedToday_isKept() throws IOException {
        var contents = new JsonJournalReader(TestJournal.FIXED_CLOCK).read(appliedOn("today.json", "2026-11-24"));
        assertEquals("2026-11-24", contents.applications().get(0).details().applied().orElseThrow().toString());
    }

    /** An export holding only {@code settings}, which starts on line 3. */
    Path settings(String name, String settings) throws IOException {
        return write(name, "{\"format\":\"onward\",\"version\":1,\n\"stageKinds\":[],\n\"settings\":" + settings + "}");
    }

    @Test
    void read_weeklyTargetBelowOne_namesKeyLineAndRange() throws IOException {
        ImportFileException e = refused(settings("target.json", "{\"ghostDays\":\"21\",\n\"weeklyTarget\":\"-4\"}"));
        assertEquals("target.json, line 4, field \u201cweeklyTarget\u201d: \u201c-4\u201d is out of range. "
                + "Choose a weekly target from 1 to 100 applications.", e.getMessage());
    }

    @Test
    void read_ghostDaysNotANumber_namesKeyLineAndExample() throws IOException {
        ImportFileException e = refused(settings("ghost.json", "{\"weeklyTarget\":\"4\",\n\"ghostDays\":\"banana\"}"));
        assertEquals("ghost.json, line 4, field \u201cghostDays\u201d: \u201cbanana\u201d is not a whole number. "
                + "This setting holds one, like 21.", e.getMessage());
    }

    @Test
    void read_ghostDaysAboveAYear_isRefused() throws IOException {
        ImportFileException e = refused(settings("year.json", "{\"ghostDays\":\"366\"}"));
        assertTrue(e.getMessage().endsWith("\u201c366\u201d is out of range. Choose a wait from 1 to 365 days."), e.getMessage());
    }

    @Test
    void read_settingNotText_isWrongType() throws IOException {
        ImportFileException e = refused(settings("nested.json", "{\"weeklyTarget\":{\"a\":1}}"));
        assertEquals("nested.json, line 3, field \u201cweeklyTarget\u201d: This value has the wrong type: "
                + "Onward expects text in quotes here.", e.getMessage());
    }

    @Test
    void read_settingsInRangeAndUnknownKeys_areKeptAsText_numbersWithoutTheirSpaces() throws IOException {
        var contents = new JsonJournalReader().read(settings("fine.json",
                "{\"weeklyTarget\":7,\"ghostDays\":\" 30 \",\"theme\":\"dark\"}"));
        assertEquals(java.util.Map.of("weeklyTarget", "7", "ghostDays", "30", "theme", "dark"), contents.settings());
    }

    @Test
    void read_fiftyMegabytesOfGarbage_isRefusedQuickly() throws IOException {
        Path garbage = temp.resolve("garbage.json");
        byte[] block = new byte[1 << 20];
        new Random(42).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(garbage)) {
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        ImportFileException e = refused(garbage);
        assertTrue(e.getMessage().startsWith("garbage.json"), e.getMessage());
        assertTrue(new String(e.getMessage().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).length() < 300);
    }
}
