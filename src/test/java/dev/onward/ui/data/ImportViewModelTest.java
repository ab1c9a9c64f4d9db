package dev.onward.ui.data;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.service.Journal;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.DayOrder;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path temp;

    TestJournal journal;
    ImportViewModel model;
    final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp.resolve("data"));
        Journal files = journal.services();
        files.changes().listen(changed -> refreshes.incrementAndGet());
        model = new ImportViewModel(files.exchange(), files.formats().spreadsheets(), files.backups(),
                new SameThreadTaskRunner());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void open_jobSyncExport_previewsEveryRowAndWritesNothing() throws IOException {
        String before = JournalDump.of(journal.database().file());

        model.open(DataFixture.csv(temp, "jobsync.csv"));

        assertEquals(11, model.columns().size());
        assertEquals(ColumnField.ROLE, field("JobTitle"));
        assertEquals(6, model.rows().size());
        assertEquals(0, model.problems().size(), "JobSync needs no help");
        assertTrue(model.canImportProperty().get());
        assertEquals("Import 6 applications", model.importLabelProperty().get());
        assertEquals("6 applications will be added.", model.summaryProperty().get());
        assertFalse(model.askDayOrderProperty().get());
        assertEquals(before, JournalDump.of(journal.database().file()), "a preview writes nothing");
    }

    @Test
    void chooseField_jobTypeAsStatus_takesTheFieldFromStatusAndListsUnknownWordsWithTheirLine() throws IOException {
        model.open(DataFixture.csv(temp, "jobsync.csv"));

        model.chooseField("jobType", ColumnField.STATUS);

        assertEquals(ColumnField.STATUS, field("jobType"));
        assertEquals(ColumnField.IGNORED, field("Status"), "one column holds the status");
        assertTrue(model.columns().stream().filter(c -> c.header().equals("jobType")).findFirst().orElseThrow().chosen());
        ProblemLine first = model.problems().get(0);
        assertEquals(Messages.text("ui.data.import.problemAtColumn", 2, "jobType",
                Messages.text("exchange.csv.unknownStatus", "FT")), first.text());
        assertFalse(first.blocking());
        assertTrue(model.canImportProperty().get(), "unknown words are reported, and the rows still come in");
    }

    @Test
    void importNow_withOneAlreadyInTheJournal_addsTheRestOnceAndAnnouncesItOnce() throws IOException {
        journal.journal().add(anApplication().company("Acme Rockets").role("Junior Developer")
                .applied(LocalDate.of(2026, 3, 2)).build());
        refreshes.set(0);
        model.open(DataFixture.csv(temp, "jobsync.csv"));
        assertEquals("5 applications will be added; one already in your journal will be skipped.",
                model.summaryProperty().get());
        assertTrue(model.rows().get(0).duplicate());

        model.importNow();

        assertEquals(6, journal.journal().list(ApplicationFilter.ALL).size());
        assertEquals("Added 5 applications from jobsync.csv; skipped one already in your journal.",
                model.resultProperty().get());
        assertEquals(1, refreshes.get());
        assertNull(model.previewProperty().get(), "the preview closes, so the same rows cannot be pressed in twice");
        assertFalse(model.busyProperty().get());
        assertEquals("", model.progressProperty().get());
    }

    @Test
    void open_badRow7_showsTheLineAndNothingCanBeImported() throws IOException {
        String before = JournalDump.of(journal.database().file());

        model.open(DataFixture.csv(temp, "bad-row-7.csv"));
        model.importNow();

        assertEquals(1, model.problems().size());
        ProblemLine problem = model.problems().get(0);
        assertTrue(problem.blocking());
        assertTrue(problem.text().startsWith("Line 8, \u201cApplied\u201d: "), problem.text());
        assertTrue(problem.text().contains("2026-02-31"), problem.text());
        assertFalse(model.canImportProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("The problem under \u201cTo correct\u201d stops the import."),
                model.summaryProperty().get());
        assertEquals(before, JournalDump.of(journal.database().file()));
        assertEquals(0, refreshes.get());
    }

    @Test
    void chooseDayOrder_ambiguousDates_readsTheDatesTheWayTheUserSays() throws IOException {
        model.open(DataFixture.csv(temp, "ambiguous-dates.csv"));
        assertTrue(model.askDayOrderProperty().get());
        assertFalse(model.canImportProperty().get());
        assertNull(model.dayOrderProperty().get());

        model.chooseDayOrder(DayOrder.DAY_FIRST);

        assertTrue(model.askDayOrderProperty().get(), "the question stays, so the answer can be changed");
        assertEquals(DayOrder.DAY_FIRST, model.dayOrderProperty().get());
        assertTrue(model.canImportProperty().get());
        assertEquals(LocalDate.of(2026, 4, 3), model.rows().get(0).application().details().applied().orElseThrow());
        model.chooseDayOrder(DayOrder.MONTH_FIRST);
        assertEquals(LocalDate.of(2026, 3, 4), model.rows().get(0).application().details().applied().orElseThrow());
    }

    @Test
    void open_fileThatIsGone_saysWhichFileAndShowsNoPreview() {
        model.open(temp.resolve("gone.csv"));

        assertTrue(model.failureProperty().get().contains("gone.csv"), model.failureProperty().get());
        assertNull(model.previewProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void cancel_afterPreview_closesItAndWritesNothing() throws IOException {
        model.open(DataFixture.csv(temp, "teal.csv"));
        model.cancel();
        model.importNow();
        assertNull(model.previewProperty().get());
        assertTrue(model.columns().isEmpty());
        assertEquals(0, journal.journal().list(ApplicationFilter.ALL).size());
    }

    private ColumnField field(String header) {
        return model.columns().stream().filter(c -> c.header().equals(header)).map(ColumnMatch::field)
                .findFirst().orElseThrow();
    }
}
