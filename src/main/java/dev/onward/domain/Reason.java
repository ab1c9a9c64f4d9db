package dev.onward.domain;

import java.util.Locale;

/**
 * A possible reason a good candidate is not chosen. Most lie outside the candidate's control;
 * {@link #outsideMyControl()} says which.
 */
public enum Reason {
    /** Another candidate was stronger this time: something the user can grow. */
    NOT_STRONGEST(false),
    /** The user was strong, but they could not see it: something the user can show better. */
    NOT_SEEN(false),
    /** The role went to an internal candidate. */
    INTERNAL_CANDIDATE(true),
    /** Someone's influence, or a disagreement among those deciding, drove the decision. */
    INFLUENCE(true),
    /** The user does not know. */
    UNKNOWN(true),
    /** A reason in the user's own words; the user says whether it was in their control. */
    OTHER(true);

    private final boolean outsideMyControl;

    Reason(boolean outsideMyControl) {
        this.outsideMyControl = outsideMyControl;
    }

    /** Whether the reason lies outside the user's control (for {@link #OTHER}, the default). */
    public boolean outsideMyControl() {
        return outsideMyControl;
    }

    /** The words the user sees. */
    public String label() {
        return Messages.text("reason." + name().toLowerCase(Locale.ROOT));
    }
}
