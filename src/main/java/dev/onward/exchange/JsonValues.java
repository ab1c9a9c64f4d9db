package dev.onward.exchange;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the JSON export's text values (days, times, moments, words) into Java values; a value
 * that does not fit becomes an {@link InvalidValueException} naming the JSON field.
 */
final class JsonValues {
    private JsonValues() {
    }

    static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Messages.text("exchange.json.missing", field));
        }
    }

    static InvalidValueException invalid(String field, String key) {
        return new InvalidValueException(field, Messages.text(key, field));
    }

    static LocalDate day(String field, String text) {
        require(field, text);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, Messages.text("exchange.json.badDay", text));
        }
    }

    static Optional<LocalTime> time(String field, String text) {
        try {
            return Optional.ofNullable(text).map(LocalTime::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, Messages.text("exchange.json.badTime", text));
        }
    }

    static Instant instant(String field, String text) {
        require(field, text);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, Messages.text("exchange.json.badMoment", text));
        }
    }

    /** The lower-case word an enum value is written as. */
    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E word(String field, String text, Class<E> type) {
        require(field, text);
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
                return value;
            }
        }
        throw new InvalidValueException(field, Messages.text("exchange.json.badWord", text, words(type)));
    }

    private static <E extends Enum<E>> String words(Class<E> type) {
        StringBuilder all = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            all.append(all.length() > 0 ? ", " : "").append(value.name().toLowerCase(Locale.ROOT));
        }
        return all.toString();
    }
}
