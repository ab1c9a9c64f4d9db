package dev.onward.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How the choices of a drop-down list read: each with a label, and "no choice" with its own words. */
public final class ChoiceText {
    private ChoiceText() {
    }

    /** Shows each choice with {@code label}, and no choice (null) as {@code none}. */
    public static <T> StringConverter<T> of(Function<T, String> label, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the choices are not editable");
            }
        };
    }
}
