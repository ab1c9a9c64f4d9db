package dev.onward.ui.reflect;

import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One feeling on the list: whether the user names it, how strong (always 1–5: any other value is
 * put back at once), and for "something else" the user's own word.
 */
public final class FeelingChoice {
    /** The strength a feeling starts at when first chosen. */
    public static final int DEFAULT_INTENSITY = 3;

    private final Feeling feeling;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", false);
    private final IntegerProperty intensity = new SimpleIntegerProperty(this, "intensity", DEFAULT_INTENSITY);
    private final StringProperty words = new SimpleStringProperty(this, "words", "");

    FeelingChoice(Feeling feeling) {
        this.feeling = feeling;
        intensity.addListener((obs, old, now) -> {
            if (now.intValue() < Intensity.MIN || now.intValue() > Intensity.MAX) {
                intensity.set(old.intValue());
            }
        });
    }

    /** Which feeling. */
    public Feeling feeling() {
        return feeling;
    }

    /** The word the user sees. */
    public String label() {
        return feeling.label();
    }

    /** Whether the user names this feeling. */
    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** How strong, 1–5. */
    public IntegerProperty intensityProperty() {
        return intensity;
    }

    /** The user's own word, for "something else". */
    public StringProperty wordsProperty() {
        return words;
    }
}
