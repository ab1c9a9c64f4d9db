package dev.onward.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DayMessagesAgreeTest {
    private final DateText dates = new DateText(Locale.UK);

    @Test
    void yesterdayTyped_applicationAndStageForms_sayTheSame() {
        ApplicationFormViewModel application = new ApplicationFormViewModel(dates, TestJournal.FIXED_CLOCK);
        application.companyProperty().set("Acme");
        application.roleProperty().set("Engineer");
        application.appliedProperty().set("yesterday");
        StageFormViewModel stage = new StageFormViewModel(dates, TestJournal.FIXED_CLOCK);
        stage.dateProperty().set("yesterday");

        application.toDetails();
        stage.toDetails();

        String onApplication = application.errors().of(FormField.APPLIED).get();
        assertFalse(onApplication.isEmpty());
        assertEquals(onApplication, stage.errors().of(FormField.STAGE_DATE).get());
    }
}
