package dev.onward.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The forms of the Applications screen show every wrong field after one save, and drop a message once fixed. */
class FormsShowEveryProblemTest {
    private final DateText dates = new DateText(Locale.US);
    private final String example = dates.forField(LocalDate.now(TestJournal.FIXED_CLOCK));

    @Test
    void applicationForm_emptyCompanyBadLinkFutureDay_showsAllThreeAtOnce() {
        ApplicationFormViewModel form = new ApplicationFormViewModel(dates, TestJournal.FIXED_CLOCK);
        form.clear(LocalDate.of(2026, 11, 24));
        form.roleProperty().set("QA Engineer");
        form.linkProperty().set("ht tp://bad url");
        form.appliedProperty().set("12/25/2026");

        assertEquals(Optional.empty(), form.toDetails());

        assertEquals(Messages.text("field.company.required"), form.errors().of(FormField.COMPANY).get());
        assertEquals(Messages.text("field.link.invalid"), form.errors().of(FormField.LINK).get());
        assertEquals(Messages.text("field.applied.future"), form.errors().of(FormField.APPLIED).get());
        assertEquals("", form.errors().of(FormField.ROLE).get());
    }

    @Test
    void applicationForm_fieldFixedBeforeSaving_itsMessageGoesOthersStay() {
        ApplicationFormViewModel form = new ApplicationFormViewModel(dates, TestJournal.FIXED_CLOCK);
        form.clear(LocalDate.of(2026, 11, 24));
        form.appliedProperty().set("02/31/2026");
        form.toDetails();

        form.companyProperty().set("Acme");
        assertEquals("", form.errors().of(FormField.COMPANY).get());
        assertEquals(Messages.text("field.role.required"), form.errors().of(FormField.ROLE).get());

        form.appliedProperty().set("11/25/2026");
        assertEquals(Messages.text("field.applied.future"), form.errors().of(FormField.APPLIED).get());
        form.appliedProperty().set("11/20/2026");
        assertEquals("", form.errors().of(FormField.APPLIED).get());
    }

    @Test
    void applicationForm_allFixed_givesTheDetailsAndNoMessage() {
        ApplicationFormViewModel form = new ApplicationFormViewModel(dates, TestJournal.FIXED_CLOCK);
        form.clear(LocalDate.of(2026, 11, 24));
        form.toDetails();
        form.companyProperty().set("Acme");
        form.roleProperty().set("Analyst");

        assertTrue(form.toDetails().isPresent());
        assertTrue(!form.errors().any());
    }

    @Test
    void stageForm_dayThatDoesNotExistAndBadTime_showsBoth() {
        StageFormViewModel form = stageForm();
        form.dateProperty().set("02/31/2026");
        form.timeProperty().set("25:99");

        assertEquals(Optional.empty(), form.toDetails());

        assertEquals(Messages.text("field.day.invalid", example), form.errors().of(FormField.STAGE_DATE).get());
        assertEquals(Messages.text("ui.stage.time.invalid"), form.errors().of(FormField.STAGE_TIME).get());
    }

    @Test
    void stageForm_dayFixedBeforeSaving_dayMessageGoesTimeMessageStays() {
        StageFormViewModel form = stageForm();
        form.dateProperty().set("02/31/2026");
        form.timeProperty().set("25:99");
        form.toDetails();

        form.dateProperty().set("12/03/2026");

        assertEquals("", form.errors().of(FormField.STAGE_DATE).get());
        assertEquals(Messages.text("ui.stage.time.invalid"), form.errors().of(FormField.STAGE_TIME).get());
        form.timeProperty().set("10:00");
        assertTrue(!form.errors().any());
        assertTrue(form.toDetails().isPresent());
    }

    @Test
    void outcomeForm_noKindAndBadDay_showsBoth() {
        OutcomeFormViewModel form = new OutcomeFormViewModel(dates, TestJournal.FIXED_CLOCK);
        form.prepare(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), LocalDate.of(2026, 11, 24));
        form.dateProperty().set("13/45/2026");

        assertEquals(Optional.empty(), form.toOutcome());

        assertEquals(Messages.text("field.outcomeKind.required"), form.errors().of(FormField.OUTCOME_KIND).get());
        assertEquals(Messages.text("field.day.invalid", example), form.errors().of(FormField.OUTCOME_DATE).get());
        form.kindProperty().set(OutcomeKind.REJECTED);
        assertEquals("", form.errors().of(FormField.OUTCOME_KIND).get());
    }

    @Test
    void outcomeForm_noKindAndADayBeforeTheApplicationWasSent_showsBothAtOnce() {
        OutcomeFormViewModel form = new OutcomeFormViewModel(dates, TestJournal.FIXED_CLOCK);
        LocalDate applied = LocalDate.of(2026, 11, 28);
        form.prepare(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(applied), LocalDate.of(2026, 11, 29));
        form.dateProperty().set(dates.forField(LocalDate.of(2026, 11, 20)));

        assertEquals(Optional.empty(), form.toOutcome());

        assertEquals(Messages.text("field.outcomeKind.required"), form.errors().of(FormField.OUTCOME_KIND).get());
        assertEquals(Messages.text("field.outcomeDate.beforeApplied", dates.show(applied)), form.errors().of(FormField.OUTCOME_DATE).get());
        form.dateProperty().set(dates.forField(applied));
        assertEquals("", form.errors().of(FormField.OUTCOME_DATE).get());
    }

    private StageFormViewModel stageForm() {
        StageFormViewModel form = new StageFormViewModel(dates, TestJournal.FIXED_CLOCK);
        form.kindProperty().set(new StageKind(1, "Phone screen", 1));
        form.clear(LocalDate.of(2026, 11, 24));
        return form;
    }
}
