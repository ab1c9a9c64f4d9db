package dev.onward.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal's own ISO-8601 text reads exactly as java.time reads it; anything else goes to java.time. */
class IsoDatesTest {
    private static final long FROM = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    @Test
    void instant_whatInstantToStringWrites_readsBackTheSameInstant() {
        Random random = new Random(20261129);
        for (int i = 0; i < 20_000; i++) {
            long seconds = FROM + (long) (random.nextDouble() * (TO - FROM));
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant, IsoDates.instant(instant.toString()), instant.toString());
        }
    }

    @Test
    void day_whatLocalDateToStringWrites_readsBackTheSameDay() {
        for (LocalDate day = LocalDate.of(1999, 12, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            assertEquals(day, IsoDates.day(day.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T10:15:30+01:00", "2026-03-02T10:15:30.5Z", "2026-03-02T10:15:30z",
        "2016-12-31T23:59:60Z", "+12026-03-02T10:15:30Z", "2026-03-02T10:15:30.Z"})
    void instant_otherFormsJavaTimeReads_readAsJavaTimeReadsThem(String text) {
        assertEquals(Instant.parse(text), IsoDates.instant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:15:30Z", "2026-13-02T10:15:30Z", "2026-03-02T24:15:30Z",
        "2026-03-02T10:61:30Z", "2026-03-02T10:15:30.1234567890Z", "2026-03-02 10:15:30Z",
        "2026-0a-02T10:15:30Z", "yesterday", ""})
    void instant_malformed_isRefusedAsJavaTimeRefusesIt(String text) {
        assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        assertThrows(DateTimeParseException.class, () -> IsoDates.instant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-00-10", "2026-1-10", "2026/01/10", "20260110", "2026-01-1x", ""})
    void day_malformed_isRefusedAsJavaTimeRefusesIt(String text) {
        assertThrows(DateTimeParseException.class, () -> LocalDate.parse(text));
        assertThrows(DateTimeParseException.class, () -> IsoDates.day(text));
    }
}
