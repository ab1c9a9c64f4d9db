package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.testutil.TestJournal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFieldTest {
    private final DateText dates = new DateText(Locale.UK);
    private final DateField field = new DateField(dates, TestJournal.FIXED_CLOCK);
    private final LocalDate today = LocalDate.now(TestJournal.FIXED_CLOCK);

    @Test
    void read_words_namesWhatWasTypedAndGivesTodayAsTheExample() {
        DateField.Typed typed = field.read(" yesterday ");

        assertEquals(Optional.empty(), typed.day());
        assertEquals(Optional.of(Messages.text("field.day.unreadable", "yesterday", dates.forField(today))), typed.problem());
    }

    @Test
    void read_aDayTheCalendarDoesNotHave_saysItDoesNotExist() {
        DateField.Typed typed = field.read("31/02/2026");

        assertEquals(Optional.of(Messages.text("field.day.invalid", dates.forField(today))), typed.problem());
    }

    @Test
    void read_tomorrow_isADay() {
        DateField.Typed typed = field.read(dates.forField(today.plusDays(1)));

        assertEquals(Optional.of(today.plusDays(1)), typed.day());
        assertEquals(Optional.empty(), typed.problem());
    }

    @Test
    void readUpToToday_tomorrow_isRefused() {
        DateField.Typed typed = field.readUpToToday(dates.forField(today.plusDays(1)));

        assertEquals(Optional.empty(), typed.day());
        assertEquals(Optional.of(Messages.text("field.day.notYet")), typed.problem());
    }

    @Test
    void readUpToToday_today_isADay() {
        assertEquals(Optional.of(today), field.readUpToToday(dates.forField(today)).day());
    }

    @Test
    void read_blank_isNoDayAndNoProblem() {
        DateField.Typed typed = field.read("   ");

        assertTrue(typed.day().isEmpty());
        assertTrue(typed.problem().isEmpty());
    }
}
