package dev.onward.ui.reflect;

import javafx.scene.Node;

/** One step's pane in the Reflect flow. */
interface StepPart {
    /** The pane. */
    Node node();

    /** Puts the cursor in the step's first field. */
    void focusFirst();

    /** Puts the cursor in the first field whose message shows; the first field when none does. */
    default void focusWrong() {
        focusFirst();
    }
}
