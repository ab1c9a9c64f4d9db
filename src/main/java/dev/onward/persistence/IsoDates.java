package dev.onward.persistence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the ISO-8601 text the journal stores: days as {@code 2026-03-02} ({@link LocalDate#toString})
 * and instants as {@code 2026-03-02T10:15:30Z}, with an optional fraction
 * ({@link Instant#toString}). Those exact forms are read digit by digit: java.time's general
 * parser costs about half of reading 10,000 applications, and the list of applications is the
 * first thing many users see. Anything else goes to java.time, which reads it or refuses it as it
 * always did.
 */
public final class IsoDates {
    private static final int DAY_LENGTH = 10;
    private static final int INSTANT_LENGTH = 20;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int SECONDS_PER_DAY = 86_400;

    private IsoDates() {
    }

    /** The day in {@code text}, e.g. {@code 2026-03-02}. */
    public static LocalDate day(String text) {
        if (text.length() == DAY_LENGTH && isDay(text)) {
            try {
                return dayAt(text);
            } catch (DateTimeException e) {
                // e.g. 2026-02-30: let java.time refuse it in its own words
            }
        }
        return LocalDate.parse(text);
    }

    /** The instant in {@code text}, e.g. {@code 2026-03-02T10:15:30Z} or {@code 2026-03-02T10:15:30.250Z}. */
    public static Instant instant(String text) {
        int length = text.length();
        if (length >= INSTANT_LENGTH && isDay(text) && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z') {
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = fraction(text, 19, length - 1);
            if (hour < 24 && minute < 60 && second < 60 && nanos >= 0) {
                try {
                    long seconds = dayAt(text).toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
                    return Instant.ofEpochSecond(seconds, nanos);
                } catch (DateTimeException e) {
                    // an impossible day: java.time refuses it below
                }
            }
        }
        return Instant.parse(text);
    }

    private static boolean isDay(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) >= 0 && digits(text, 5, 7) >= 0 && digits(text, 8, 10) >= 0;
    }

    private static LocalDate dayAt(String text) {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** The number written in {@code text} from {@code from} to {@code to}, or -1 when it is not all digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Nanoseconds from an optional {@code .123} between {@code from} and {@code to}; 0 when absent, -1 when malformed. */
    private static int fraction(String text, int from, int to) {
        if (from == to) {
            return 0;
        }
        int count = to - from - 1;
        if (text.charAt(from) != '.' || count < 1 || count > MAX_FRACTION_DIGITS) {
            return -1;
        }
        int value = digits(text, from + 1, to);
        if (value < 0) {
            return -1;
        }
        for (int i = count; i < MAX_FRACTION_DIGITS; i++) {
            value *= 10;
        }
        return value;
    }
}
