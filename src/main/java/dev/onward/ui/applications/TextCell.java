package dev.onward.ui.applications;

import dev.onward.service.applications.ApplicationSummary;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A cell of the applications table showing its value as text, the full text on hover when it is cut short. */
final class TextCell<T> extends TableCell<ApplicationSummary, T> {
    private final Function<T, String> text;
    private Tooltip tooltip;

    TextCell(Function<T, String> text) {
        this.text = text;
        // The whole text, for a cell too narrow to show it. Made on the first hover, one per
        // cell: a tooltip for every cell as it filled made the first table take 80 ms longer.
        setOnMouseEntered(e -> {
            if (tooltip == null && getText() != null) {
                tooltip = new Tooltip();
                tooltip.textProperty().bind(textProperty());
                setTooltip(tooltip);
            }
        });
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String shown = empty || item == null ? null : text.apply(item);
        setText(shown);
        if (tooltip != null) {
            setTooltip(shown == null ? null : tooltip);
        }
    }
}
