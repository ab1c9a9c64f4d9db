package dev.onward.ui.applications;

import dev.onward.service.applications.ApplicationSummary;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The table of applications: its rows in the order its headers say, its selection kept on the
 * application the detail pane shows, and its dates stepping aside when the list is narrow.
 */
final class ApplicationsTable {
    /** The table's borders and its vertical scroll bar, beside the columns. */
    private static final double SCROLL_BAR_ROOM = 18;
    private final ApplicationsViewModel model;
    private final TableView<ApplicationSummary> table;
    /** The columns shown only while the others keep their least width, in the order they go. */
    private final List<TableColumn<ApplicationSummary, ?>> stepAside;
    /** True while the table's items change, when its selection moves without the user. */
    private boolean itemsChanging;
    /** True while the row the user chose in the table is being shown. */
    private boolean choosingInTable;

    /** Fills {@code table} with the rows of {@code model}; {@code stepAside} go first when it is narrow. */
    ApplicationsTable(ApplicationsViewModel model, TableView<ApplicationSummary> table,
            List<TableColumn<ApplicationSummary, ?>> stepAside) {
        this.model = model;
        this.table = table;
        this.stepAside = stepAside;
        showRows();
        followSelection();
        table.widthProperty().addListener((obs, old, width) -> fitColumns(width.doubleValue()));
    }

    private void showRows() {
        SortedList<ApplicationSummary> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        // Listeners hear a change in the order they were added: the first runs before the table's
        // selection follows the change, the second after it.
        sorted.addListener((ListChangeListener<ApplicationSummary>) change -> itemsChanging = true);
        table.setItems(sorted);
        sorted.addListener((ListChangeListener<ApplicationSummary>) change -> {
            itemsChanging = false;
            selectShown();
        });
    }

    private void followSelection() {
        // Only a row the user chose counts: while the items change, the table moves its selection
        // on its own (to the row that was chosen before a new one was added, say).
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !itemsChanging && !Long.valueOf(row.id()).equals(model.selectedIdProperty().get())) {
                choosingInTable = true;
                try {
                    model.select(row.id());
                } finally {
                    choosingInTable = false;
                }
            }
        });
        model.selectedIdProperty().addListener((obs, old, id) -> selectShown());
    }

    /**
     * Keeps the table's selection on the application the detail pane shows. A row chosen elsewhere
     * (search, Today, a new application) is scrolled just into view; a row the user clicked or
     * reached with the keys is where the table put it, and stays under the pointer.
     */
    private void selectShown() {
        Long id = model.selectedIdProperty().get();
        int index = id == null ? -1 : indexOf(id);
        if (index < 0) {
            table.getSelectionModel().clearSelection();
            return;
        }
        if (table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().clearAndSelect(index);
        }
        if (!choosingInTable) {
            // Later: the table's rows catch up with a change of items on the next layout.
            Platform.runLater(() -> {
                if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && index < table.getItems().size()) {
                    flow.scrollTo(index);
                }
            });
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Shows the dates only while every other column keeps its least width, the first of them going first. */
    private void fitColumns(double width) {
        double used = SCROLL_BAR_ROOM;
        for (TableColumn<ApplicationSummary, ?> column : table.getColumns()) {
            used += stepAside.contains(column) ? 0 : column.getMinWidth();
        }
        boolean changed = false;
        for (TableColumn<ApplicationSummary, ?> column : stepAside) {
            boolean fits = used + column.getMinWidth() <= width;
            used += fits ? column.getMinWidth() : 0;
            changed |= column.isVisible() != fits;
            column.setVisible(fits);
        }
        if (changed) {
            // The resize policy runs when the table's width changes, not when a column comes or
            // goes; run it once the table has laid out at its new width.
            Platform.runLater(() -> table.resizeColumn(null, 0));
        }
    }
}
