package dev.onward.domain;

/** Where the user is with one step of a reflection. */
public enum StepState {
    /** Not reached yet, or reached and left without a choice. */
    TO_DO,
    /** Done. */
    DONE,
    /** Skipped on purpose; can be done later. */
    SKIPPED
}
