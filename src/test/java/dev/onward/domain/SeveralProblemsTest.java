package dev.onward.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records report every wrong field at once, so a form can show them all after one save. */
class SeveralProblemsTest {

    @Test
    void applicationDetails_companyRoleAndLinkWrong_namesTheFirstAndListsAll() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> new ApplicationDetails(" ", "",
                Optional.empty(), Optional.of("ht tp://bad url"), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 3, 7)), Optional.empty()));

        assertEquals("company", refused.field());
        assertEquals(Messages.text("field.company.required"), refused.getMessage());
        assertEquals(List.of("company", "role", "link"), fields(refused));
    }

    @Test
    void applicationDetails_oneFieldWrong_listsJustThatOne() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> ApplicationDetails.of("Acme", " "));
        assertEquals(List.of(refused), refused.problems());
    }

    @Test
    void stageDetails_noDayAndNotesTooLong_listsBoth() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> new StageDetails(1, null,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("x".repeat(StageDetails.MAX_TEXT + 1))));
        assertEquals(List.of("stageDate", "stageNotes"), fields(refused));
    }

    @Test
    void outcome_noKindNoDay_listsBoth() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new Outcome(null, null, Optional.empty(), Optional.empty()));
        assertEquals(List.of("outcomeKind", "outcomeDate"), fields(refused));
    }

    private static List<String> fields(InvalidValueException refused) {
        return refused.problems().stream().map(InvalidValueException::field).toList();
    }
}
