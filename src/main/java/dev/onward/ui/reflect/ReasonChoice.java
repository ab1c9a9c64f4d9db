package dev.onward.ui.reflect;

import dev.onward.domain.Reason;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One possible reason: whether the user picks it, an optional note (for "another reason", the
 * reason itself), and for "another reason" whether it lay in the user's control.
 */
public final class ReasonChoice {
    private final Reason reason;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", false);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty inMyControl = new SimpleBooleanProperty(this, "inMyControl", false);

    ReasonChoice(Reason reason) {
        this.reason = reason;
        inMyControl.set(!reason.outsideMyControl());
    }

    /** Which reason. */
    public Reason reason() {
        return reason;
    }

    /** The words the user sees. */
    public String label() {
        return reason.label();
    }

    /** Whether the user picks this reason. */
    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** The user's note. */
    public StringProperty noteProperty() {
        return note;
    }

    /** For "another reason": whether it lay in the user's control. */
    public BooleanProperty inMyControlProperty() {
        return inMyControl;
    }
}
