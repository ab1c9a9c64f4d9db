package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private final DateText uk = new DateText(Locale.UK);
    private final DateText us = new DateText(Locale.US);

    @Test
    void show_ukLocale_dayShortMonthYear() {
        assertEquals("12 Mar 2026", uk.show(LocalDate.of(2026, 3, 12)));
    }

    @Test
    void forField_ukLocale_fourDigitYear() {
        assertEquals("12/03/2026", uk.forField(LocalDate.of(2026, 3, 12)));
    }

    @Test
    void read_ukShortFormWithoutLeadingZeros_parses() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), uk.read("2/3/2026"));
    }

    @Test
    void read_usShortForm_monthFirst() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), us.read("3/14/2026"));
    }

    @Test
    void read_isoDate_parsesInAnyLocale() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), uk.read(" 2026-03-14 "));
    }

    @Test
    void read_listForm_parses() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), uk.read("12 Mar 2026"));
    }

    @Test
    void read_blank_empty() {
        assertEquals(Optional.empty(), uk.read("   "));
    }

    @Test
    void read_dayThatDoesNotExist_throws() {
        assertThrows(DateTimeParseException.class, () -> uk.read("31/02/2026"));
    }

    @Test
    void read_words_throws() {
        assertThrows(DateTimeParseException.class, () -> uk.read("last tuesday"));
    }

    @Test
    void readTime_hoursAndMinutes_parses() {
        assertEquals(Optional.of(LocalTime.of(9, 30)), uk.readTime("9:30"));
        assertThrows(DateTimeParseException.class, () -> uk.readTime("25:00"));
    }
}
