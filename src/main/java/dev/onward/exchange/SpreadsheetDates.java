package dev.onward.exchange;

import dev.onward.service.exchange.DayOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates spreadsheets hold: ISO ({@code 2026-03-14}), {@code 2026/03/14},
 * {@code 14.3.2026}, {@code 3/14/2026} or {@code 14/3/2026} (day order decided per file), English
 * month names ({@code 14 Mar 2026}, {@code March 14, 2026}), each with or without a time after it.
 */
final class SpreadsheetDates {
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2}|\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([\\p{L}]+)\\.?,? (\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("([\\p{L}]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");

    /** What reading one value gave. */
    enum Outcome {
        /** A real day. */
        DAY,
        /** It looks like a date but that day does not exist (31/02/2026). */
        NO_SUCH_DAY,
        /** It is not a date Onward can read. */
        UNREADABLE
    }

    /** The result of reading one value: a day, or why there is none. */
    record Reading(Outcome outcome, Optional<LocalDate> day) {
    }

    private SpreadsheetDates() {
    }

    /**
     * Which order the values' slashed dates use: known when one has a first part above 12 (day
     * first) or a second part above 12 (month first) and none says otherwise; empty when no value
     * tells, or they disagree.
     */
    static Optional<DayOrder> detectOrder(Collection<String> values) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String value : values) {
            Matcher m = SLASHED.matcher(withoutTime(value));
            if (m.matches()) {
                boolean firstTooBig = Integer.parseInt(m.group(1)) > 12;
                boolean secondTooBig = Integer.parseInt(m.group(2)) > 12;
                // 13/13/2026 is no day in either order: its own line says so, it tells nothing here.
                if (firstTooBig != secondTooBig) {
                    dayFirst |= firstTooBig;
                    monthFirst |= secondTooBig;
                }
            }
        }
        if (dayFirst == monthFirst) {
            return Optional.empty();
        }
        return Optional.of(dayFirst ? DayOrder.DAY_FIRST : DayOrder.MONTH_FIRST);
    }

    /** The first value that is a slashed date whose order cannot be told from itself, like 03/04/2026. */
    static Optional<String> firstAmbiguous(Collection<String> values) {
        return values.stream().filter(v -> {
            Matcher m = SLASHED.matcher(withoutTime(v));
            return m.matches() && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(2)) <= 12;
        }).findFirst();
    }

    /** Reads {@code value}; slashed dates are read in {@code order}, month first when it is not known. */
    static Reading read(String value, DayOrder order) {
        String text = withoutTime(value.strip());
        Matcher m;
        if ((m = ISO.matcher(text)).matches() || (m = YEAR_FIRST.matcher(text)).matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DOTTED.matcher(text)).matches()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        if ((m = SLASHED.matcher(text)).matches()) {
            return order == DayOrder.DAY_FIRST ? day(m.group(3), m.group(2), m.group(1))
                    : day(m.group(3), m.group(1), m.group(2));
        }
        if ((m = DAY_MONTH.matcher(text)).matches()) {
            return named(m.group(3), m.group(2), m.group(1));
        }
        if ((m = MONTH_DAY.matcher(text)).matches()) {
            return named(m.group(3), m.group(1), m.group(2));
        }
        return new Reading(Outcome.UNREADABLE, Optional.empty());
    }

    /** Whether {@code value} is a slashed date, whose order matters. */
    static boolean isSlashed(String value) {
        return SLASHED.matcher(withoutTime(value.strip())).matches();
    }

    /** The value without a time of day after the date ("2026-03-14T09:30:00Z", "3/14/2026 9:30 PM"). */
    private static String withoutTime(String value) {
        String text = value.strip();
        for (int i = 1; i < text.length() - 3; i++) {
            char c = text.charAt(i);
            if ((c == 'T' || c == ' ') && Character.isDigit(text.charAt(i + 1))
                    && TIME.matcher(text).region(i + 1, text.length()).matches()) {
                return text.substring(0, i).strip();
            }
        }
        return text;
    }

    private static Reading named(String year, String monthName, String dayOfMonth) {
        String wanted = monthName.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (wanted.length() >= 3 && full.startsWith(wanted)) {
                return day(year, String.valueOf(month.getValue()), dayOfMonth);
            }
        }
        return new Reading(Outcome.UNREADABLE, Optional.empty());
    }

    private static Reading day(String year, String month, String dayOfMonth) {
        int y = Integer.parseInt(year);
        try {
            return new Reading(Outcome.DAY, Optional.of(LocalDate.of(y < 100 ? 2000 + y : y,
                    Integer.parseInt(month), Integer.parseInt(dayOfMonth))));
        } catch (DateTimeException e) {
            return new Reading(Outcome.NO_SUCH_DAY, Optional.empty());
        }
    }
}
