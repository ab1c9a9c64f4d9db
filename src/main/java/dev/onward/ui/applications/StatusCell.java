package dev.onward.ui.applications;

import dev.onward.domain.Status;
import dev.onward.service.applications.ApplicationSummary;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** A cell of the applications table showing a status as its word in its colour. */
final class StatusCell extends TableCell<ApplicationSummary, Status> {
    private final Label label = new Label();

    @Override
    protected void updateItem(Status item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            StatusLabel.show(label, item);
            setGraphic(label);
        }
    }
}
