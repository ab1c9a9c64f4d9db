package dev.onward.service;

import java.util.EnumSet;
import java.util.Set;

/** A kind of thing in the journal that a write can change, as the screens that show it hear of it. */
public enum JournalChange {
    /** Applications added, edited or deleted (their details, or whole ones). */
    APPLICATIONS,
    /** Stages logged, edited or removed, and the kinds of stage. */
    STAGES,
    /** Outcomes recorded, changed or removed (an application ended or made active again). */
    OUTCOMES,
    /** Reflections on ended applications. */
    REFLECTIONS,
    /** Lessons across applications. */
    LESSONS,
    /** Contacts kept. */
    CONTACTS,
    /** The user's settings (weekly target, days before an application counts as no reply). */
    SETTINGS;

    /** Every kind: what an import or a restore changes. */
    public static Set<JournalChange> everything() {
        return EnumSet.allOf(JournalChange.class);
    }
}
