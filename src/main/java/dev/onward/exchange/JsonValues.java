package dev.onward.exchange;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

    /** The highest id a file may give a row: far above any journal, and below what the search index can address. */
    static final long MAX_ID = 1_000_000_000L;
    /** The first day a journal can hold. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    /** The last day a journal can hold. */
    static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    /** The id of a row the file defines: present, and between 1 and {@link #MAX_ID}. */
    static long id(String field, Long value) {
        require(field, value);
        if (value < 1 || value > MAX_ID) {
            throw new InvalidValueException(field, Messages.text("exchange.json.idRange", String.valueOf(value), String.valueOf(MAX_ID)));
        }
        return value;
    }

    /** The list, empty when absent; refused when it holds a {@code null}. */
    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, Messages.text("exchange.json.nullInList", field));
        }
        return values;
    }

    static InvalidValueException invalid(String field, String key) {
        return new InvalidValueException(field, Messages.text(key, field));
    }

    static LocalDate day(String field, String text) {
        require(field, text);
        try {
            return inRange(field, text, LocalDate.parse(text));
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
            Instant moment = Instant.parse(text);
            if (moment.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                    || !moment.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
                throw outOfRange(field, text);
            }
            return moment;
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, Messages.text("exchange.json.badMoment", text));
        }
    }

    private static LocalDate inRange(String field, String text, LocalDate day) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw outOfRange(field, text);
        }
        return day;
    }

    private static InvalidValueException outOfRange(String field, String text) {
        return new InvalidValueException(field, Messages.text("exchange.json.dayRange", text,
                String.valueOf(FIRST_DAY.getYear()), String.valueOf(LAST_DAY.getYear())));
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
