package dev.onward.service.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Application;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.StageDetails;
import dev.onward.domain.Status;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application cannot end before it was sent; a stage may come first (a recruiter can call before). */
class OutcomeDateTest {
    private static final LocalDate APPLIED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path temp;
    TestJournal testJournal;
    ApplicationService journal;
    Application sent;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(temp);
        journal = testJournal.journal();
        sent = journal.add(anApplication().company("Nordlys").applied(APPLIED).build());
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    @Test
    void recordOutcome_datedBeforeApplied_refusedNamingTheAppliedDayAndNothingSaved() {
        Outcome early = anOutcome().rejected().on(LocalDate.of(2026, 11, 1)).build();

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> journal.recordOutcome(sent.id(), early));

        assertEquals("outcomeDate", refused.field());
        assertEquals(Messages.text("field.outcomeDate.beforeApplied", shown(APPLIED)), refused.getMessage());
        assertTrue(refused.getMessage().contains(shown(APPLIED)));
        assertEquals(Status.ACTIVE, journal.find(sent.id()).orElseThrow().status());
    }

    @Test
    void recordOutcome_onTheAppliedDay_isKept() {
        journal.recordOutcome(sent.id(), anOutcome().ghosted().on(APPLIED).build());
        assertEquals(Status.GHOSTED, journal.find(sent.id()).orElseThrow().status());
    }

    @Test
    void recordOutcome_applicationWithoutAppliedDay_isKept() {
        Application undated = journal.add(anApplication().company("Orchard").applied(null).build());
        journal.recordOutcome(undated.id(), anOutcome().rejected().on(LocalDate.of(2020, 1, 1)).build());
        assertEquals(Status.REJECTED, journal.find(undated.id()).orElseThrow().status());
    }

    @Test
    void edit_appliedAfterTheOutcome_refusedNamingTheOutcomeDay() {
        LocalDate ended = LocalDate.of(2026, 11, 22);
        journal.recordOutcome(sent.id(), anOutcome().rejected().on(ended).build());

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> journal.edit(sent.id(), sent.details().withApplied(Optional.of(LocalDate.of(2026, 11, 23)))));

        assertEquals("applied", refused.field());
        assertEquals(Messages.text("field.applied.afterOutcome", shown(ended)), refused.getMessage());
        assertEquals(Optional.of(APPLIED), journal.find(sent.id()).orElseThrow().details().applied());
    }

    @Test
    void addStage_datedBeforeApplied_isKept() {
        // A recruiter may call before the formal application is sent: allowed on purpose.
        long screen = testJournal.stageKind("Recruiter screen");
        journal.addStage(sent.id(), StageDetails.of(screen, LocalDate.of(2026, 11, 10)));
        assertEquals(1, journal.find(sent.id()).orElseThrow().stages().size());
    }

    private static String shown(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(day);
    }
}
