package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a typed day for one field of a step, putting what is wrong next to that field. */
final class DayField {
    /** The day the messages show as an example, typed as the user's locale types it. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 3, 14);
    /** Three numbers apart, as any of the forms a field reads has them. */
    private static final Pattern DATE_SHAPED = Pattern.compile("\\d{1,4}\\D\\d{1,2}\\D\\d{1,4}");
    private final DateText dates;

    DayField(DateText dates) {
        this.dates = dates;
    }

    /**
     * The day in {@code text}, empty when blank. When it does not exist or, unless
     * {@code futureAllowed}, lies after {@code today}, the message goes next to {@code field} and
     * {@code ifWrong} is returned instead.
     */
    Optional<LocalDate> read(String text, String field, FieldErrors errors, LocalDate today, boolean futureAllowed,
            Optional<LocalDate> ifWrong) {
        try {
            Optional<LocalDate> day = dates.read(text);
            if (!futureAllowed && day.filter(d -> d.isAfter(today)).isPresent()) {
                errors.show(field, Messages.text("ui.reflect.dateFuture"));
                return ifWrong;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.show(field, problem(text, e));
            return ifWrong;
        }
    }

    /**
     * What is wrong with {@code text}: a day in the right shape that the calendar does not have
     * ("31/02/2026"), or words the field cannot read as a day at all ("yesterday").
     */
    private String problem(String text, DateTimeParseException e) {
        String example = dates.forField(EXAMPLE);
        // A cause means the text was read as a day, month and year that do not go together.
        if (e.getCause() != null || DATE_SHAPED.matcher(text.strip()).matches()) {
            return Messages.text("ui.reflect.dateInvalid", example);
        }
        return Messages.text("ui.reflect.dateFormat", text.strip(), example);
    }

    /** Whether {@code field} has a message. */
    static boolean wrong(FieldErrors errors, String field) {
        return !errors.of(field).get().isEmpty();
    }

    /** {@code day} as a field shows it, or blank. */
    String show(Optional<LocalDate> day) {
        return day.map(dates::forField).orElse("");
    }
}
