package dev.onward.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A field of a form, so that view models, views and tests name it once. Its {@link #key()} is the
 * name the domain gives the field in an {@code InvalidValueException} ("stageDate" for
 * {@link #STAGE_DATE}), so the domain's messages land next to it.
 */
public enum FormField {
    /** The application's company. */
    COMPANY,
    /** The role applied for. */
    ROLE,
    /** Where the job is. */
    LOCATION,
    /** The link to the posting. */
    LINK,
    /** Where the job was found. */
    SOURCE,
    /** The salary as advertised. */
    SALARY,
    /** The day the application was sent. */
    APPLIED,
    /** The application's notes. */
    NOTES,
    /** The kind of a stage. */
    STAGE_KIND,
    /** The day of a stage. */
    STAGE_DATE,
    /** The time of day of a stage. */
    STAGE_TIME,
    /** Who the user met at a stage. */
    PEOPLE_MET,
    /** How the user prepared for a stage. */
    PREPARATION,
    /** How the user thinks a stage went. */
    RATING,
    /** A stage's notes. */
    STAGE_NOTES,
    /** How an application ended. */
    OUTCOME_KIND,
    /** The day an application ended. */
    OUTCOME_DATE,
    /** The stage an application ended at. */
    ENDED_AT,
    /** The message received when it ended. */
    MESSAGE,
    /** How many applications a week the user aims to send. */
    WEEKLY_TARGET,
    /** The days without news before an application is suggested as no reply. */
    GHOST_DAYS,
    /** How the news of an ending arrived (Reflect's "What happened"). */
    ARRIVAL,
    /** The user's own words for a feeling. */
    FEELING_WORDS,
    /** The user's note on a possible reason. */
    REASON_NOTE,
    /** What an ending means for the user, in their words. */
    REFRAME,
    /** The day feedback was asked for. */
    FEEDBACK_ASKED_ON,
    /** Who feedback was asked from. */
    FEEDBACK_FROM,
    /** The day feedback came. */
    FEEDBACK_RECEIVED_ON,
    /** The feedback, verbatim. */
    FEEDBACK_TEXT,
    /** The day a gracious reply was sent. */
    REPLY_DATE,
    /** A contact's name. */
    CONTACT_NAME,
    /** A contact's role. */
    CONTACT_ROLE,
    /** A contact's company. */
    CONTACT_COMPANY,
    /** A contact's email. */
    EMAIL,
    /** Notes on a contact. */
    CONTACT_NOTES,
    /** The day to get back in touch with a contact. */
    KEEP_IN_TOUCH;

    private final String key = camelCase(name());

    /** The domain's name for the field: the constant's name in lower camel case. */
    public String key() {
        return key;
    }

    /** The field the domain calls {@code key}; empty when no form of the kit has it. */
    public static Optional<FormField> named(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    private static String camelCase(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
