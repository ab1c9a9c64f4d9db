package dev.onward.domain;

import java.util.Locale;

/** A feeling the user can name after a rejection or a silence. */
public enum Feeling {
    /** Angry. */
    ANGRY,
    /** Disappointed. */
    DISAPPOINTED,
    /** Anxious, a sense of dread. */
    ANXIOUS,
    /** Sad. */
    SAD,
    /** Embarrassed. */
    EMBARRASSED,
    /** Frustrated. */
    FRUSTRATED,
    /** Relieved. */
    RELIEVED,
    /** Numb. */
    NUMB,
    /** Hopeful. */
    HOPEFUL,
    /** Calm. */
    CALM,
    /** A feeling the user names in their own words. */
    OTHER;

    /** The word the user sees. */
    public String label() {
        return Messages.text("feeling." + name().toLowerCase(Locale.ROOT));
    }
}
