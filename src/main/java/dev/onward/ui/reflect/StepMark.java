package dev.onward.ui.reflect;

/**
 * How a step of the Reflect flow is shown, in the step list and in the summary: the state the
 * user gave it, or, for a step still to do, whether something is already in it, and above both
 * whether a field in it needs a look.
 */
public enum StepMark {
    /** Nothing in it yet, and not done or skipped. */
    TO_DO,
    /** Something is in it, but the user has not moved on with Next or Skip. */
    STARTED,
    /** Done. */
    DONE,
    /** Skipped on purpose. */
    SKIPPED,
    /** A field in it holds what the journal cannot keep; its message is beside the field. */
    NEEDS_LOOK;

    /** Whether the step counts as done or skipped. */
    boolean settled() {
        return this == DONE || this == SKIPPED;
    }
}
