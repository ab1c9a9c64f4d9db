package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Messages;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void attempt_refusedValue_showsTheMessageNextToItsFieldAndGivesNothing() {
        FieldErrors errors = new FieldErrors().declare("company", "role");
        Optional<ApplicationDetails> built = errors.attempt(() -> ApplicationDetails.of(" ", "Developer"));
        assertEquals(Optional.empty(), built);
        assertEquals(Messages.text("field.company.required"), errors.of("company").get());
        assertEquals("", errors.of("role").get());
    }

    @Test
    void attempt_validValue_givesItAndShowsNothing() {
        FieldErrors errors = new FieldErrors().declare("company", "role");
        assertTrue(errors.attempt(() -> ApplicationDetails.of("Acme", "Developer")).isPresent());
        assertFalse(errors.any());
    }

    @Test
    void attempt_fieldTheFormDoesNotHave_showsTheMessageForTheWholeForm() {
        FieldErrors errors = new FieldErrors().declare("role");
        errors.attempt(() -> ApplicationDetails.of("", "Developer"));
        assertEquals(Messages.text("field.company.required"), errors.of(FieldErrors.FORM).get());
    }
}
