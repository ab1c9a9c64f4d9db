package dev.onward.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A feeling the user named, with how strong it is.
 *
 * @param feeling which feeling
 * @param ownWords the user's own word for it; required for {@link Feeling#OTHER}, empty otherwise
 * @param intensity how strong, 1–5
 */
public record NamedFeeling(Feeling feeling, Optional<String> ownWords, Intensity intensity) {
    /** Longest own word for a feeling. */
    public static final int MAX_WORDS = 80;

    /** Requires own words for "other" and drops them for the listed feelings. */
    public NamedFeeling {
        Objects.requireNonNull(feeling, "feeling");
        Objects.requireNonNull(intensity, "intensity");
        ownWords = Fields.optional("feelingWords", ownWords, MAX_WORDS);
        if (feeling == Feeling.OTHER && ownWords.isEmpty()) {
            StoredValues.refuse(ownWords, new InvalidValueException("feelingWords",
                    Messages.text("field.feelingWords.required")));
        }
        if (feeling != Feeling.OTHER) {
            ownWords = Optional.empty();
        }
    }

    /** The word shown: the user's own for "other", else the listed one. */
    public String label() {
        return ownWords.orElseGet(feeling::label);
    }
}
