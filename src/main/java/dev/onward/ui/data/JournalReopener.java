package dev.onward.ui.data;

/**
 * Takes the screens away while a restore replaces what the journal holds, and shows the journal
 * afresh afterwards. The composition root implements it: every screen is built again over the
 * restored journal, so none keeps showing, or saving, what was there before, and nothing can be
 * clicked while the journal is being replaced.
 */
public interface JournalReopener {

    /** Removes every screen, showing {@code message} in their place, before the restore starts. */
    void close(String message);

    /**
     * Builds every screen again, then shows the "Your data" screen with {@code text} on it.
     *
     * @param problem whether {@code text} says why the restore did not happen, rather than what it did
     */
    void reopen(String text, boolean problem);
}
