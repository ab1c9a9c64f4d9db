package dev.onward.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times as the user reads and types them in their locale: "12 Mar 2026" in lists, the
 * locale's short form with a four-digit year in fields ("12/03/2026" in the UK, "3/12/2026" in the
 * US). Typing also accepts ISO ("2026-03-12") and the list form.
 */
public final class DateText {
    private final DateTimeFormatter display;
    private final DateTimeFormatter input;
    private final List<DateTimeFormatter> readers;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm");

    /** Dates for {@code locale}. */
    public DateText(Locale locale) {
        String fourDigitYear = pattern(FormatStyle.SHORT, locale);
        display = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        input = DateTimeFormatter.ofPattern(fourDigitYear, locale);
        readers = List.of(
                reader(fourDigitYear.replace("dd", "d").replace("MM", "M"), locale),
                DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
                reader(pattern(FormatStyle.MEDIUM, locale), locale));
    }

    /** The locale's pattern for {@code style}, with a four-digit proleptic year that strict parsing accepts. */
    private static String pattern(FormatStyle style, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale)
                .replaceAll("y+", "uuuu");
    }

    private static DateTimeFormatter reader(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Dates for the default locale. */
    public static DateText forDefaultLocale() {
        return new DateText(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** "12 Mar 2026": the form lists and the timeline show. */
    public String show(LocalDate day) {
        return display.format(day);
    }

    /** The form a date field shows and the user types. */
    public String forField(LocalDate day) {
        return input.format(day);
    }

    /**
     * The day {@code text} names; empty when the text is blank.
     *
     * @throws DateTimeParseException when the text is not a day that exists
     */
    public Optional<LocalDate> read(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        DateTimeParseException first = null;
        for (DateTimeFormatter reader : readers) {
            try {
                return Optional.of(LocalDate.parse(trimmed, reader));
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /** "9:30": the form a time field shows. */
    public String forField(LocalTime at) {
        return time.format(at);
    }

    /**
     * The time of day {@code text} names ("9:30", "14:05"); empty when blank.
     *
     * @throws DateTimeParseException when the text is not a time of day
     */
    public Optional<LocalTime> readTime(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(trimmed, time));
    }
}
