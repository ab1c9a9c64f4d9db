package dev.onward.service.search;

import dev.onward.domain.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of item search can find, in the order their groups are shown. */
public enum SearchKind {
    /** An application: company, role, location, source, notes. */
    APPLICATION,
    /** A stage: people met, preparation, notes. */
    STAGE,
    /** An outcome: the message received. */
    OUTCOME,
    /** A reflection: what it means for the user, the notes on possible reasons, feelings in own words. */
    REFLECTION,
    /** Feedback: who was asked, what they said. */
    FEEDBACK,
    /** A lesson: its text. */
    LESSON,
    /** A contact: name, company, role, email, notes. */
    CONTACT;

    /** The kind's key as stored in the index and written in JSON, e.g. {@code "stage"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group's heading the user sees, e.g. "Stages". */
    public String label() {
        return Messages.text("search.group." + key());
    }

    /** The kind stored under {@code key}, or empty for a kind this version does not know. */
    public static Optional<SearchKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
