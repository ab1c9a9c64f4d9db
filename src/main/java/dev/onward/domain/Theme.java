package dev.onward.domain;

import java.util.Locale;

/** What a lesson is about. */
public enum Theme {
    /** Preparing for the interview. */
    PREPARATION,
    /** Researching the company and role. */
    RESEARCH,
    /** Saying things clearly. */
    COMMUNICATION,
    /** Posture, eye contact, pace. */
    BODY_LANGUAGE,
    /** Depth in the technical subject. */
    TECHNICAL_DEPTH,
    /** Telling one's experience as stories. */
    STORYTELLING,
    /** Times, places, equipment, travel. */
    LOGISTICS,
    /** What happens after: thanks, questions, follow-up. */
    FOLLOW_UP,
    /** Anything else. */
    OTHER;

    /** The words the user sees. */
    public String label() {
        return Messages.text("theme." + name().toLowerCase(Locale.ROOT));
    }
}
