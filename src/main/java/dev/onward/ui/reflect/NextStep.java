package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The "Next step" step: how many applications are still active, with a plain warning at none. */
public final class NextStep {
    private final ReadOnlyLongWrapper pipeline = new ReadOnlyLongWrapper(this, "pipeline", 0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", false);

    void show(long active) {
        pipeline.set(active);
        empty.set(active == 0);
        text.set(active == 0 ? Messages.text("ui.reflect.pipeline.none")
                : Messages.text("ui.reflect.pipeline.some", active));
    }

    /** How many applications are active. */
    public ReadOnlyLongProperty pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    /** The sentence about the pipeline. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether no application is active: the warning shows. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
