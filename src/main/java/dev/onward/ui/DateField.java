package dev.onward.ui;

import dev.onward.domain.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a day as the user typed it into a field, and says what is wrong with it in the same words
 * on every screen: a day the calendar does not have ("31/02/2026"), words it cannot read as a day
 * ("yesterday"), and, where the field wants a day that has come, one after today. Today is what
 * the injected clock says; the messages give today as the example of how to type a day.
 */
public final class DateField {
    /** Three numbers apart, as any of the forms a field reads has them. */
    private static final Pattern DATE_SHAPED = Pattern.compile("\\d{1,4}\\D\\d{1,2}\\D\\d{1,4}");
    private final DateText dates;
    private final Clock clock;
    private final String future;

    /** Days typed as {@code dates} reads them, against {@code clock}'s today. */
    public DateField(DateText dates, Clock clock) {
        this(dates, clock, Messages.text("field.day.notYet"));
    }

    private DateField(DateText dates, Clock clock, String future) {
        this.dates = dates;
        this.clock = clock;
        this.future = future;
    }

    /** The same field, saying {@code message} of a day after today (e.g. why an application can't be sent tomorrow). */
    public DateField sayingOfFuture(String message) {
        return new DateField(dates, clock, message);
    }

    /** What the clock says today is. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a day typed holds: the day (empty when blank), or what is wrong with it. */
    public record Typed(Optional<LocalDate> day, Optional<String> problem) {
        /** The day typed when it is right, {@code ifWrong} when it has a problem. */
        public Optional<LocalDate> orElse(Optional<LocalDate> ifWrong) {
            return problem.isPresent() ? ifWrong : day;
        }

        /** The day typed, or {@code ifWrong} with the problem shown next to {@code field} in {@code errors}. */
        public Optional<LocalDate> orShow(FieldErrors errors, FormField field, Optional<LocalDate> ifWrong) {
            problem.ifPresent(message -> errors.show(field, message));
            return orElse(ifWrong);
        }
    }

    /** The day in {@code text}, any day the calendar has; a blank text is no day and no problem. */
    public Typed read(String text) {
        try {
            return new Typed(dates.read(text), Optional.empty());
        } catch (DateTimeParseException e) {
            return new Typed(Optional.empty(), Optional.of(problem(text, e)));
        }
    }

    /** As {@link #read}, and a day after today is a problem too. */
    public Typed readUpToToday(String text) {
        Typed typed = read(text);
        if (typed.day().filter(d -> d.isAfter(today())).isPresent()) {
            return new Typed(Optional.empty(), Optional.of(future));
        }
        return typed;
    }

    /**
     * What is wrong with {@code text}: a day in the right shape that the calendar does not have,
     * or words the field cannot read as a day at all.
     */
    private String problem(String text, DateTimeParseException e) {
        String example = dates.forField(today());
        // A cause means the text was read as a day, month and year that do not go together.
        if (e.getCause() != null || DATE_SHAPED.matcher(text.strip()).matches()) {
            return Messages.text("field.day.invalid", example);
        }
        return Messages.text("field.day.unreadable", text.strip(), example);
    }

    /** {@code day} as a field shows it, or blank. */
    public String show(Optional<LocalDate> day) {
        return day.map(dates::forField).orElse("");
    }

    /** How days read on this screen, e.g. for a list's "12 Mar 2026". */
    public DateText dates() {
        return dates;
    }
}
