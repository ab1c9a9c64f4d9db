package dev.onward.ui.data;

/**
 * Shows the journal afresh after a restore has replaced what it holds. The composition root
 * implements it: every screen is built again over the restored journal, so none keeps showing,
 * or saving, what was there before.
 */
public interface JournalReopener {

    /** Builds every screen again, then shows the "Your data" screen with {@code notice} on it. */
    void reopen(String notice);
}
