package dev.onward.domain;

/** How an application ended. */
public enum OutcomeKind {
    /** An offer came. */
    OFFER(Status.OFFER),
    /** They said no. */
    REJECTED(Status.REJECTED),
    /** No reply came. */
    GHOSTED(Status.GHOSTED),
    /** The user withdrew. */
    WITHDREW(Status.WITHDREW);

    private final Status status;

    OutcomeKind(Status status) {
        this.status = status;
    }

    /** The status an application takes when it ends this way. */
    public Status status() {
        return status;
    }

    /** The word the user sees. */
    public String label() {
        return status.label();
    }
}
