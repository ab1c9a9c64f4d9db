package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a typed day for one field of a step, putting what is wrong next to that field. */
final class DayField {
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
            errors.show(field, Messages.text("ui.reflect.dateInvalid", dates.forField(LocalDate.of(2026, 3, 14))));
            return ifWrong;
        }
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
