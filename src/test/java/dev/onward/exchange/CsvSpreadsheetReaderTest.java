package dev.onward.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Application;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Status;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.DayOrder;
import dev.onward.service.exchange.ExchangeService;
import dev.onward.service.exchange.ImportFileException;
import dev.onward.service.exchange.ImportPreview;
import dev.onward.service.exchange.ImportProblem;
import dev.onward.service.exchange.ImportReport;
import dev.onward.service.exchange.ImportRow;
import dev.onward.service.exchange.ImportSettings;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSpreadsheetReaderTest {
    @TempDir
    Path temp;

    TestJournal journal;
    ExchangeService exchange;

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp.resolve("journal"));
        exchange = JsonJournalTest.exchange(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    /** A fixture from src/test/resources, copied byte for byte into the temp folder. */
    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/onward/exchange/" + name)) {
            Path file = temp.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    ImportPreview preview(Path file, ImportSettings settings) {
        return exchange.previewSpreadsheet(file, new CsvSpreadsheetReader(), settings);
    }

    static Map<String, ColumnField> fields(ImportPreview preview) {
        return preview.columns().stream().collect(Collectors.toMap(ColumnMatch::header, ColumnMatch::field));
    }

    static ImportRow row(ImportPreview preview, String company) {
        return preview.rows().stream().filter(r -> r.application().details().company().equals(company)).findFirst().orElseThrow();
    }

    String kindName(ImportRow row) {
        long id = row.application().stages().get(0).kindId();
        return journal.journal().stageKinds().stream().filter(k -> k.id() == id).findFirst().orElseThrow().name();
    }

    @Test
    void preview_jobSyncExport_matchesEveryColumnWithoutHelp() throws IOException {
        ImportPreview preview = preview(fixture("jobsync.csv"), ImportSettings.detect());
        Map<String, ColumnField> fields = fields(preview);
        assertEquals(ColumnField.APPLIED, fields.get("appliedDate"));
        assertEquals(ColumnField.IGNORED, fields.get("applied"));
        assertEquals(ColumnField.ROLE, fields.get("JobTitle"));
        assertEquals(ColumnField.SOURCE, fields.get("JobSource"));
        assertEquals(List.of(), preview.problems());
        assertEquals(6, preview.rows().size());
        assertEquals(LocalDate.of(2026, 3, 4), row(preview, "Orchard").application().details().applied().orElseThrow());
        assertEquals("Recruiter screen", kindName(row(preview, "Orchard")));
        assertEquals(OutcomeKind.OFFER, row(preview, "Café Lumière").application().outcome().orElseThrow().kind());
        assertEquals(OutcomeKind.REJECTED, row(preview, "東京ソフト").application().outcome().orElseThrow().kind());
        assertEquals(OutcomeKind.GHOSTED, row(preview, "Northwind").application().outcome().orElseThrow().kind());
        assertEquals(Optional.empty(), row(preview, "Globex").application().details().applied());
    }

    @Test
    void preview_tealExport_usesStatusNameAndSalaryRangeAndReportsUnknownWord() throws IOException {
        ImportPreview preview = preview(fixture("teal.csv"), ImportSettings.detect());
        Map<String, ColumnField> fields = fields(preview);
        assertEquals(ColumnField.STATUS, fields.get("statusName"));
        assertEquals(ColumnField.IGNORED, fields.get("status"));
        assertEquals(ColumnField.ENDED, fields.get("archived_at"));
        assertEquals(6, preview.rows().size());
        assertEquals("45000\u201352000 EUR", row(preview, "Acme Rockets").application().details().salary().orElseThrow());
        assertEquals("https://orchard.example/careers/7", row(preview, "Orchard").application().details().link().orElseThrow());
        var rejected = row(preview, "Orchard").application().outcome().orElseThrow();
        assertEquals(OutcomeKind.REJECTED, rejected.kind());
        assertEquals(LocalDate.of(2026, 3, 1), rejected.date());
        assertEquals(OutcomeKind.GHOSTED, row(preview, "Northwind").application().outcome().orElseThrow().kind());
        assertEquals(OutcomeKind.WITHDREW, row(preview, "Globex").application().outcome().orElseThrow().kind());
        ImportProblem unknown = preview.problems().get(0);
        assertEquals(List.of(unknown), preview.problems());
        assertEquals(7, unknown.line());
        assertFalse(unknown.blocking());
        assertTrue(unknown.message().contains("\u201cMaybe later\u201d"), unknown.message());
        assertTrue(preview.canImport());
    }

    @Test
    void preview_handKeptSpreadsheet_readsBomCrlfSemicolonsQuotedNewlinesAndUsDates() throws IOException {
        ImportPreview preview = preview(fixture("spreadsheet.csv"), ImportSettings.detect());
        assertEquals(ColumnField.COMPANY, fields(preview).get("Company"));
        assertEquals(Optional.of(DayOrder.MONTH_FIRST), preview.dayOrder());
        assertEquals(List.of(), preview.problems());
        assertEquals(4, preview.rows().size());
        var acme = row(preview, "Acme Rockets").application().details();
        assertEquals(LocalDate.of(2026, 3, 14), acme.applied().orElseThrow());
        assertEquals("Long notes;\nwith a second line and \"quotes\"\n\nContact: Zoë Martin", acme.notes().orElseThrow());
        ImportRow smith = row(preview, "Smith; Jones & Co");
        assertEquals(5, smith.line());
        assertEquals(LocalDate.of(2026, 4, 1), smith.application().details().applied().orElseThrow());
        assertEquals("Phone screen", kindName(smith));
        assertEquals("£40–45k", smith.application().details().salary().orElseThrow());
    }

    @Test
    void preview_ambiguousDates_asksForTheOrderAndBlocks() throws IOException {
        ImportPreview preview = preview(fixture("ambiguous-dates.csv"), ImportSettings.detect());
        assertTrue(preview.dayOrderUnclear());
        assertFalse(preview.canImport());
        assertTrue(preview.problems().get(0).message().contains("03/04/2026"), preview.problems().toString());
        ImportPreview dayFirst = preview(temp.resolve("ambiguous-dates.csv"),
                new ImportSettings(Map.of(), Optional.of(DayOrder.DAY_FIRST)));
        assertTrue(dayFirst.canImport());
        assertEquals(LocalDate.of(2026, 4, 3), row(dayFirst, "Acme").application().details().applied().orElseThrow());
    }

    @Test
    void preview_dayThatDoesNotExist_isBlockingOnItsLine() throws IOException {
        ImportPreview preview = preview(fixture("bad-row-7.csv"), ImportSettings.detect());
        assertEquals(List.of(ImportProblem.blocking(8, "Applied", "The date \u201c2026-02-31\u201d does not exist.")),
                preview.problems());
        assertEquals(9, preview.rows().size());
    }

    @Test
    void preview_columnChosenByUser_winsOverHeaderNames() throws IOException {
        Path file = Files.writeString(temp.resolve("own.csv"), "Employer,Job,Firm\nAcme,Dev,Ignored Inc\n");
        ImportPreview preview = preview(file, new ImportSettings(Map.of("firm", ColumnField.COMPANY), Optional.empty()));
        assertEquals("Ignored Inc", preview.rows().get(0).application().details().company());
        assertEquals(ColumnField.IGNORED, fields(preview).get("Employer"));
    }

    @Test
    void preview_noCompanyColumn_blocksAndSaysWhich() throws IOException {
        Path file = Files.writeString(temp.resolve("none.csv"), "Role;Status\nDev;applied\n");
        ImportPreview preview = preview(file, ImportSettings.detect());
        assertFalse(preview.canImport());
        assertTrue(preview.problems().get(0).message().contains("company"), preview.problems().toString());
    }

    @Test
    void preview_futureDate_isBlocking() throws IOException {
        Path file = Files.writeString(temp.resolve("future.csv"), "Company\tRole\tApplied\nAcme\tDev\t2027-01-05\n");
        ImportPreview preview = preview(file, ImportSettings.detect());
        assertEquals(2, preview.problems().get(0).line());
        assertTrue(preview.problems().get(0).message().contains("in the future"));
    }

    @Test
    void preview_notUtf8_namesTheLine() throws IOException {
        Path file = Files.write(temp.resolve("latin1.csv"), "Company,Role\nCaf\u00e9,Dev\n".getBytes("ISO-8859-1"));
        ImportFileException e = assertThrows(ImportFileException.class, () -> preview(file, ImportSettings.detect()));
        assertEquals(2, e.line().getAsInt());
        assertTrue(e.getMessage().contains("CSV UTF-8"), e.getMessage());
    }

    @Test
    void applySpreadsheet_twice_addsOnceThenSkipsDuplicates() throws IOException {
        Path file = fixture("jobsync.csv");
        ImportReport first = exchange.applySpreadsheet(preview(file, ImportSettings.detect()), false);
        ImportReport second = exchange.applySpreadsheet(preview(file, ImportSettings.detect()), false);
        assertEquals(6, first.added());
        assertEquals(0, second.added());
        assertEquals(6, second.duplicates());
        List<Application> stored = exchange.contents().applications();
        assertEquals(6, stored.size());
        Application orchard = stored.stream().filter(a -> a.details().company().equals("Orchard")).findFirst().orElseThrow();
        assertEquals(Status.ACTIVE, orchard.status());
        assertEquals(1, orchard.stages().size());
        Application offer = stored.stream().filter(a -> a.details().company().equals("Café Lumière")).findFirst().orElseThrow();
        assertEquals(List.of(Status.ACTIVE, Status.OFFER), offer.statusHistory().stream().map(c -> c.status()).toList());
    }

    @Test
    void applySpreadsheet_dryRun_writesNothing() throws IOException {
        ImportReport report = exchange.applySpreadsheet(preview(fixture("teal.csv"), ImportSettings.detect()), true);
        assertEquals(6, report.added());
        assertFalse(report.written());
        assertEquals(0, exchange.contents().applications().size());
    }
}
