package dev.onward.ui.applications;

import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.service.ApplicationSummary;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.DateText;
import dev.onward.ui.Navigator;
import dev.onward.ui.reflect.ReflectionSummaryView;
import dev.onward.ui.reflect.ReflectionSummaryViewModel;
import dev.onward.ui.UiPart;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Applications screen: a sortable, filterable table of applications beside the detail pane
 * of the chosen one, or the new-application form. A thin controller over
 * {@link ApplicationsViewModel}.
 */
public final class ApplicationsView extends UiPart<BorderPane> {
    /** The table's borders and its vertical scroll bar, beside the columns. */
    private static final double SCROLL_BAR_ROOM = 18;
    private final ApplicationsViewModel model;
    private final DateText dates;
    /** Made the first time the new-application form opens: most starts never need it. */
    private ApplicationFormView newFormView;

    @FXML
    private TextField filter;
    @FXML
    private ComboBox<Optional<Status>> statusFilter;
    @FXML
    private Button newApplication;
    @FXML
    private TableView<ApplicationSummary> table;
    @FXML
    private TableColumn<ApplicationSummary, String> companyColumn;
    @FXML
    private TableColumn<ApplicationSummary, String> roleColumn;
    @FXML
    private TableColumn<ApplicationSummary, Status> statusColumn;
    @FXML
    private TableColumn<ApplicationSummary, StageKind> furthestColumn;
    @FXML
    private TableColumn<ApplicationSummary, LocalDate> appliedColumn;
    @FXML
    private TableColumn<ApplicationSummary, LocalDate> lastActivityColumn;
    @FXML
    private Label placeholder;
    @FXML
    private SplitPane split;
    @FXML
    private VBox listSide;
    @FXML
    private StackPane side;
    @FXML
    private Label nothingChosen;
    @FXML
    private javafx.scene.control.ScrollPane newFormScroll;
    @FXML
    private StackPane newFormHost;
    @FXML
    private Button saveNew;
    @FXML
    private Button cancelNew;
    @FXML
    private HBox undoBar;
    @FXML
    private Label undoMessage;
    @FXML
    private Button undo;
    @FXML
    private Button dismissUndo;
    @FXML
    private Label problem;

    /** How wide the user wants the detail pane: its preferred width until they drag the divider. */
    private double sideWanted;
    private boolean placingDivider;
    /** True while the table's items change, when its selection moves without the user. */
    private boolean itemsChanging;
    /** True while the row the user chose in the table is being shown. */
    private boolean choosingInTable;

    /** Made the first time an application is shown, for the same reason. */
    private ApplicationDetailView detailView;
    private final Navigator navigator;
    private final ReflectionSummaryViewModel reflection;

    /** Shows {@code model} on its own, without the reflection (tests of the list alone). */
    public ApplicationsView(ApplicationsViewModel model) {
        this(model, null, null);
    }

    /**
     * Shows {@code model}, with the reflection of an ended application under its timeline; a
     * rejection or no reply just recorded opens the Reflect flow through {@code navigator}.
     */
    public ApplicationsView(ApplicationsViewModel model, Navigator navigator, ReflectionSummaryViewModel reflection) {
        super("ApplicationsView.fxml");
        this.model = model;
        this.dates = model.dates();
        this.navigator = navigator;
        this.reflection = reflection;
        bindToolbar();
        bindTable();
        bindSide();
        bindWidths();
        bindBars();
        if (navigator != null) {
            bindReflection(navigator, reflection);
        }
    }

    private void bindReflection(Navigator navigator, ReflectionSummaryViewModel reflection) {
        model.detail().applicationProperty().addListener((obs, old, shown) -> reflection.load(shown));
        model.detail().onRejectedOrSilent(navigator::reflectOn);
    }

    private void bindToolbar() {
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        statusFilter.getItems().setAll(model.statusChoices());
        statusFilter.setConverter(ChoiceText.of(ApplicationsViewModel::choiceLabel,
                ApplicationsViewModel.choiceLabel(Optional.empty())));
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        newApplication.setOnAction(e -> startNew());
    }

    private void bindTable() {
        companyColumn.setCellValueFactory(row -> value(row.getValue().company()));
        roleColumn.setCellValueFactory(row -> value(row.getValue().role()));
        statusColumn.setCellValueFactory(row -> value(row.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        furthestColumn.setCellValueFactory(row -> value(model.reached(row.getValue()).orElse(null)));
        furthestColumn.setCellFactory(column -> new TextCell<>(StageKind::name));
        furthestColumn.setComparator(Comparator.nullsFirst(Comparator.comparingInt(StageKind::position)));
        appliedColumn.setCellValueFactory(row -> value(row.getValue().applied().orElse(null)));
        appliedColumn.setCellFactory(column -> new TextCell<>(dates::show));
        lastActivityColumn.setCellValueFactory(row -> value(row.getValue().lastActivity()));
        lastActivityColumn.setCellFactory(column -> new TextCell<>(dates::show));
        companyColumn.setCellFactory(column -> new TextCell<>(Function.identity()));
        roleColumn.setCellFactory(column -> new TextCell<>(Function.identity()));

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
        placeholder.textProperty().bind(Bindings.when(model.journalEmptyProperty())
                .then(Messages.text("ui.applications.empty"))
                .otherwise(Bindings.when(model.loadedProperty())
                        .then(Messages.text("ui.applications.noMatch")).otherwise(Messages.text("ui.loading"))));
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

    /**
     * Shares the width between the list and the detail pane: the pane starts at its preferred
     * width, keeps the width the user drags it to as the window grows, and in a small window gives
     * way down to its least before the list goes under its own; the list then lets the dates step
     * aside rather than cut every column short (the detail pane shows the chosen one's).
     */
    private void bindWidths() {
        split.widthProperty().addListener((obs, old, width) -> placeDivider());
        split.getDividers().get(0).positionProperty().addListener((obs, old, position) -> {
            if (!placingDivider && split.getWidth() > 0) {
                sideWanted = split.getWidth() * (1 - position.doubleValue());
            }
        });
        table.widthProperty().addListener((obs, old, width) -> fitColumns(width.doubleValue()));
    }

    private void placeDivider() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        if (sideWanted <= 0) {
            sideWanted = side.prefWidth(-1);
        }
        double room = width - listSide.minWidth(-1);
        double sideWidth = Math.max(side.minWidth(-1), Math.min(sideWanted, room));
        placingDivider = true;
        split.setDividerPosition(0, 1 - sideWidth / width);
        placingDivider = false;
    }

    /** Shows the dates only while every column shown keeps its least width: Applied first, then Last activity. */
    private void fitColumns(double width) {
        List<TableColumn<ApplicationSummary, ?>> stepAside = List.of(appliedColumn, lastActivityColumn);
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

    private void bindSide() {
        model.paneProperty().addListener((obs, old, pane) -> showPane(pane));
        showPane(model.paneProperty().get());
        saveNew.setOnAction(e -> model.saveNew());
        saveNew.disableProperty().bind(model.savingProperty());
        cancelNew.setOnAction(e -> model.cancelNew());
    }

    private void showPane(ApplicationsViewModel.Pane pane) {
        nothingChosen.setVisible(pane == ApplicationsViewModel.Pane.NONE);
        newFormScroll.setVisible(pane == ApplicationsViewModel.Pane.NEW);
        if (pane == ApplicationsViewModel.Pane.DETAIL || detailView != null) {
            detailView().getRoot().setVisible(pane == ApplicationsViewModel.Pane.DETAIL);
        }
        if (pane == ApplicationsViewModel.Pane.NEW) {
            newFormView().focusFirstField();
        }
    }

    private ApplicationFormView newFormView() {
        if (newFormView == null) {
            newFormView = new ApplicationFormView(model.newForm(), false, model::saveNew, model::cancelNew,
                    model::select);
            newFormHost.getChildren().setAll(newFormView.getRoot());
        }
        return newFormView;
    }

    private ApplicationDetailView detailView() {
        if (detailView == null) {
            detailView = new ApplicationDetailView(model.detail(), dates, model::deleteSelected);
            if (navigator != null) {
                detailView.showBelowTimeline(new ReflectionSummaryView(reflection, navigator::reflectOn).getRoot());
            }
            side.getChildren().add(detailView.getRoot());
        }
        return detailView;
    }

    private void bindBars() {
        undoMessage.textProperty().bind(model.undoMessageProperty());
        undoBar.visibleProperty().bind(Bindings.isNotEmpty(model.undoMessageProperty()));
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        undo.setOnAction(e -> model.undoDelete());
        dismissUndo.setOnAction(e -> model.dismissUndo());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
    }

    /** Shows application {@code id} in the detail pane and selects its row. */
    public void select(long id) {
        model.select(id);
    }

    /** Opens the new-application form with the cursor in its first field (Ctrl+N). */
    public void startNew() {
        model.startNew();
        newFormView().focusFirstField();
    }

    private static <T> ReadOnlyObjectWrapper<T> value(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    /** A cell showing its value as text, the full text on hover when it is cut short. */
    private static final class TextCell<T> extends TableCell<ApplicationSummary, T> {
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

    /** A cell showing a status as its word in its colour. */
    private static final class StatusCell extends TableCell<ApplicationSummary, Status> {
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
}
