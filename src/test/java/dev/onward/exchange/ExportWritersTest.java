package dev.onward.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ExchangeService;
import dev.onward.service.exchange.ExportFormat;
import dev.onward.service.exchange.ImportPreview;
import dev.onward.service.exchange.ImportSettings;
import dev.onward.service.exchange.JournalContents;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWritersTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path temp;

    TestJournal journal;
    ExchangeService exchange;

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp.resolve("journal"));
        SampleJournal.fill(journal);
        exchange = JsonJournalTest.exchange(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    String write(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(exchange.contents(), TODAY, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ics_upcomingStagesAndKeepInTouch_foldedAtSeventyFiveOctetsWithCrlf() throws IOException {
        String ics = write(new IcsCalendarWriter());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertEquals(2, unfolded.split("BEGIN:VEVENT").length - 1, "the upcoming team interview and Zoë's day");
        assertTrue(unfolded.contains("DTSTART:20261201T140000\r\n"), unfolded);
        assertTrue(unfolded.contains("SUMMARY:Team interview: Café Lumière\\, Designer\r\n"), unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:People: Amira\\; Omar\\, the team lead\\n\\nمقابلة"), unfolded);
        assertTrue(unfolded.contains("DTSTART;VALUE=DATE:20261215\r\n"), unfolded);
        assertTrue(unfolded.contains("UID:contact-1-keep-in-touch@onward\r\n"), unfolded);
        assertFalse(unfolded.contains("Acme Rockets\\, Junior"), "stages of ended applications are left out");
    }

    @Test
    void ics_sameJournal_sameBytesAndUids() throws IOException {
        assertEquals(write(new IcsCalendarWriter()), write(new IcsCalendarWriter()));
    }

    @Test
    void icsFold_longMultibyteLine_neverSplitsACharacter() {
        String value = "東京".repeat(60) + "🙂".repeat(30);
        String text = new IcsLines().addText("SUMMARY", value).text();
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("SUMMARY:" + value, text.replace("\r\n ", "").strip());
    }

    @Test
    void csv_oneRowPerApplication_rfc4180AndReadBackByTheImport() throws IOException {
        String csv = write(new CsvApplicationsWriter());
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertEquals("Company,Role,Status,Furthest stage,Applied,Ended,Location,Link,Source,Salary,Notes", lines.get(0));
        assertTrue(csv.contains("Acme Rockets,Junior Developer,Rejected,Final round,2026-03-07,2026-04-02,"), csv);
        assertTrue(csv.contains("\"Said \"\"maybe\"\"; '; DROP TABLE application;--\n<b>bold</b>\""), csv);
        Path file = Files.writeString(temp.resolve("out.csv"), csv);
        ImportPreview preview = exchange.previewSpreadsheet(file, new CsvSpreadsheetReader(), ImportSettings.detect());
        assertEquals(List.of(), preview.problems());
        assertEquals(4, preview.duplicates(), "every row is already in the journal");
        assertEquals(ColumnField.IGNORED, preview.columns().get(3).field());
    }

    @Test
    void markdown_lessonsByThemeWithStatusAndSource_markupEscaped() throws IOException {
        String md = write(new MarkdownPlaybookWriter());
        assertTrue(md.startsWith("# My playbook\n\nExported from Onward on 2026-11-24.\n"), md);
        assertTrue(md.indexOf("## Storytelling") < md.indexOf("## Other"), md);
        assertTrue(md.contains("- Prepare two \\*stories\\* about \\[conflict\\]  \n  _Practising · from Acme Rockets, "
                + "Junior Developer · stage: Final round_\n"), md);
        assertTrue(md.contains("_New · outside your control · from Acme Rockets, Junior Developer_"), md);
    }

    @Test
    void markdown_noLessons_saysSoAndWhatWillFillIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownPlaybookWriter().write(new JournalContents(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()), TODAY, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("No lessons yet."));
    }
}
