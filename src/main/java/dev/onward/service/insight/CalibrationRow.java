package dev.onward.service.insight;

import java.util.Optional;

/**
 * How the user rated one kind of stage against what happened next.
 *
 * @param stage the kind of stage
 * @param rated rated stages of this kind whose result is known
 * @param advanced how many of them led further
 * @param averageRating the average rating the user gave them, 1–5
 * @param sentence one plain sentence, only when there are enough rated stages to say it
 */
public record CalibrationRow(String stage, int rated, int advanced, double averageRating, Optional<String> sentence) {
    /** How many rated stages of a kind are needed before saying anything about them. */
    public static final int ENOUGH = 8;
}
