package dev.onward.domain;

import java.util.Locale;

/** The steps of the Reflect flow, in the order the user meets them. */
public enum ReflectionStep {
    /** What happened: the stage it ended at, the day, the message, how it arrived. */
    WHAT_HAPPENED,
    /** How I feel. */
    FEELINGS,
    /** Possible reasons. */
    REASONS,
    /** What it means for me. */
    REFRAME,
    /** What I'd do differently: lessons. */
    LESSONS,
    /** Feedback asked for and received. */
    FEEDBACK,
    /** Close well: a gracious reply and a contact. */
    CLOSE_WELL,
    /** Next step: back to the search. */
    NEXT_STEP;

    /** The step's title. */
    public String label() {
        return Messages.text("reflect.step." + name().toLowerCase(Locale.ROOT));
    }
}
