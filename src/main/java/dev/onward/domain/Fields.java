package dev.onward.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The checks every text field shares: normalising, trimming, required, length limits, and
 * characters no journal can keep. Text is normalised (NFC) before its length is counted, so what
 * is stored is exactly what was checked.
 */
final class Fields {
    private Fields() {
    }

    /** Normalised, trimmed text, refused when blank or longer than {@code max} characters. */
    static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : normalised(value).strip();
        if (trimmed.isEmpty()) {
            return StoredValues.refuse(trimmed,
                    new InvalidValueException(field, Messages.text("field." + field + ".required")));
        }
        return checked(field, trimmed, max);
    }

    /** Normalised, trimmed text or empty when blank; refused when longer than {@code max} characters. */
    static Optional<String> optional(String field, Optional<String> value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        return value.map(s -> normalised(s).strip()).filter(s -> !s.isEmpty()).map(s -> checked(field, s, max));
    }

    private static String normalised(String value) {
        // A lone surrogate cannot be normalised or stored faithfully; it is reported by checked().
        return hasLoneSurrogate(value) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static String checked(String field, String value, int max) {
        if (value.indexOf('\0') >= 0) {
            return StoredValues.refuse(value, new InvalidValueException(field, Messages.text("field.nul", name(field))));
        }
        if (hasLoneSurrogate(value)) {
            return StoredValues.refuse(value,
                    new InvalidValueException(field, Messages.text("field.loneSurrogate", name(field))));
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            return StoredValues.refuse(value,
                    new InvalidValueException(field, Messages.text("field.tooLong", name(field), max, length)));
        }
        return value;
    }

    private static String name(String field) {
        return Messages.text("field." + field + ".name");
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
