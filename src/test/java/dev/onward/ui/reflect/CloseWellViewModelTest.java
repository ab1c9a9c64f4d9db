package dev.onward.ui.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateField;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact in "Close well": every problem at once, each beside its field, gone once put right. */
class CloseWellViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private CloseWellViewModel model;

    @BeforeEach
    void fill() {
        model = new CloseWellViewModel(new DateField(new DateText(Locale.UK), TestJournal.FIXED_CLOCK),
                TestJournal.FIXED_CLOCK);
        model.fill(Optional.empty(), "Acme Rockets", "");
    }

    private String message(FormField field) {
        return model.errors().of(field).get();
    }

    @Test
    void toContact_noNameBadEmailAndImpossibleDate_everyMessageAtOnce() {
        model.emailProperty().set("not-an-email");
        model.keepInTouchProperty().set("31/02/2027");

        assertTrue(model.toContact(TODAY).isEmpty());

        assertFalse(message(FormField.CONTACT_NAME).isEmpty());
        assertEquals(Messages.text("field.email.invalid"), message(FormField.EMAIL));
        assertEquals(Messages.text("field.day.invalid", "24/11/2026"), message(FormField.KEEP_IN_TOUCH));
    }

    @Test
    void toContact_refusedThenEachFieldPutRight_itsMessageGoesAtOnce() {
        model.emailProperty().set("not-an-email");
        model.keepInTouchProperty().set("31/02/2027");
        model.toContact(TODAY);

        model.keepInTouchProperty().set("15/12/2026");
        assertEquals("", message(FormField.KEEP_IN_TOUCH));
        assertFalse(message(FormField.EMAIL).isEmpty());

        model.nameProperty().set("Ana Ruiz");
        assertEquals("", message(FormField.CONTACT_NAME));

        model.emailProperty().set("ana@nordlys.example");
        assertEquals("", message(FormField.EMAIL));
        assertTrue(model.toContact(TODAY).isPresent());
    }

    @Test
    void typing_beforeTheContactIsOffered_noMessages() {
        model.emailProperty().set("not-an");

        assertEquals("", message(FormField.EMAIL));
        assertEquals("", message(FormField.CONTACT_NAME));
    }

    @Test
    void contactKept_formEmptied_noMessageAfterward() {
        model.nameProperty().set("");
        model.toContact(TODAY);
        model.nameProperty().set("Ana Ruiz");
        model.contactKept(model.toContact(TODAY).orElseThrow());

        model.emailProperty().set("not-an");

        assertEquals("", message(FormField.EMAIL));
        assertEquals("", message(FormField.CONTACT_NAME));
    }
}
