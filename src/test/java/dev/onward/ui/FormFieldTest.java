package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Feedback;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormFieldTest {

    @Test
    void key_isTheDomainsLowerCamelCaseName() {
        assertEquals("stageDate", FormField.STAGE_DATE.key());
        assertEquals("company", FormField.COMPANY.key());
    }

    static Stream<Arguments> refusedByTheDomain() {
        Optional<String> none = Optional.empty();
        Optional<String> tooLong = Optional.of("x".repeat(20_001));
        Optional<LocalDate> asked = Optional.of(LocalDate.of(2026, 3, 5));
        Optional<LocalDate> dayBefore = Optional.of(LocalDate.of(2026, 3, 4));
        Optional<LocalDate> noDay = Optional.empty();
        return Stream.of(
                refused(FormField.FEELING_WORDS, () -> new NamedFeeling(Feeling.OTHER, none, new Intensity(2))),
                refused(FormField.REASON_NOTE, () -> new ChosenReason(Reason.OTHER, none, false)),
                refused(FormField.REFRAME, () -> Reflection.start(1, Instant.EPOCH).withReframe(tooLong)),
                refused(FormField.FEEDBACK_FROM, () -> new Feedback(noDay, tooLong, noDay, none)),
                refused(FormField.FEEDBACK_RECEIVED_ON, () -> new Feedback(asked, none, dayBefore, none)),
                refused(FormField.FEEDBACK_TEXT, () -> new Feedback(noDay, none, noDay, tooLong)),
                refused(FormField.CONTACT_NAME, () -> new ContactDetails(" ", none, none, none, none, noDay)),
                refused(FormField.CONTACT_ROLE, () -> new ContactDetails("Dana", tooLong, none, none, none, noDay)),
                refused(FormField.CONTACT_COMPANY, () -> new ContactDetails("Dana", none, tooLong, none, none, noDay)),
                refused(FormField.EMAIL, () -> new ContactDetails("Dana", none, none, Optional.of("dana@"), none, noDay)),
                refused(FormField.CONTACT_NOTES, () -> new ContactDetails("Dana", none, none, none, tooLong, noDay)));
    }

    private static Arguments refused(FormField field, Executable build) {
        return Arguments.of(field, build);
    }

    /** Reflect shows the domain's messages by these keys; one the domain does not use would land under the form. */
    @ParameterizedTest
    @MethodSource("refusedByTheDomain")
    void key_ofAReflectField_isTheNameTheDomainRefusesItBy(FormField field, Executable build) {
        assertEquals(field.key(), assertThrows(InvalidValueException.class, build).field());
    }

    @Test
    void named_everyKey_givesItsField() {
        for (FormField field : FormField.values()) {
            assertEquals(Optional.of(field), FormField.named(field.key()));
        }
        assertEquals(Optional.empty(), FormField.named("noSuchField"));
    }
}
