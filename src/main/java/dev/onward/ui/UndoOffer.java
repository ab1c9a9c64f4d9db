package dev.onward.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The offer to put back what was deleted last ("Deleted Acme · Undo"): it keeps the deleted thing
 * and its message until the user takes the offer, closes it, or deletes something else.
 *
 * @param <T> what a delete gives back to undo it, e.g. {@code DeletedLesson}
 */
public final class UndoOffer<T> {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private T deleted;

    /** Offers to put back {@code removed}, saying {@code text}; an earlier offer goes. */
    public void offer(T removed, String text) {
        deleted = removed;
        message.set(text);
    }

    /** What to put back when the user took the offer; the offer goes. Empty when none was open. */
    public Optional<T> take() {
        Optional<T> taken = Optional.ofNullable(deleted);
        dismiss();
        return taken;
    }

    /** Closes the offer; the delete stays. */
    public void dismiss() {
        deleted = null;
        message.set("");
    }

    /** What the offer says while it is open; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
