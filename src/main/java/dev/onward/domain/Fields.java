package dev.onward.domain;

import java.text.Normalizer;
import java.util.Optional;

/** The checks every text field shares: trimming, required, length limits. */
final class Fields {
    private Fields() {
    }

    /** Trimmed text, refused when blank or longer than {@code max} characters. */
    static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, Messages.text("field." + field + ".required"));
        }
        return withinLimit(field, trimmed, max);
    }

    /** Trimmed text or empty when blank; refused when longer than {@code max} characters. */
    static Optional<String> optional(String field, Optional<String> value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        return value.map(String::strip).filter(s -> !s.isEmpty()).map(s -> withinLimit(field, s, max));
    }

    private static String withinLimit(String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidValueException(field,
                    Messages.text("field.tooLong", Messages.text("field." + field + ".name"), max, length));
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
