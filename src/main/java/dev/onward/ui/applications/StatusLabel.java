package dev.onward.ui.applications;

import dev.onward.domain.Status;
import java.util.Locale;
import javafx.scene.control.Label;

/** A status as a word with its colour (LOOK.md): the colour never stands alone. */
final class StatusLabel {
    private static final String PREFIX = "status-";

    private StatusLabel() {
    }

    /** Shows {@code status} on {@code label}, or nothing when it is null. */
    static void show(Label label, Status status) {
        label.getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        if (!label.getStyleClass().contains("status")) {
            label.getStyleClass().add("status");
        }
        if (status == null) {
            label.setText("");
            return;
        }
        label.setText(status.label());
        label.getStyleClass().add(PREFIX + status.name().toLowerCase(Locale.ROOT));
    }
}
