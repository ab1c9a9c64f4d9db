package dev.onward.domain;

import java.util.Locale;

/** How the news arrived. */
public enum Arrival {
    /** By email. */
    EMAIL,
    /** By a phone or video call. */
    CALL,
    /** Through the company's applicant portal. */
    PORTAL,
    /** It did not: nothing came. */
    NOTHING;

    /** The words the user sees. */
    public String label() {
        return Messages.text("arrival." + name().toLowerCase(Locale.ROOT));
    }
}
