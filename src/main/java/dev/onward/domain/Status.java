package dev.onward.domain;

/** Where an application stands: still active, or ended in one of four ways. */
public enum Status {
    /** No outcome yet. */
    ACTIVE,
    /** An offer came. */
    OFFER,
    /** They said no. */
    REJECTED,
    /** No reply came. */
    GHOSTED,
    /** The user withdrew. */
    WITHDREW;

    /** The word the user sees, from the message bundle. */
    public String label() {
        return Messages.text("status." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the application has ended. */
    public boolean hasEnded() {
        return this != ACTIVE;
    }
}
