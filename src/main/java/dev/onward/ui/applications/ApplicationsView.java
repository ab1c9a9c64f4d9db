package dev.onward.ui.applications;

import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.DateText;
import dev.onward.ui.Navigator;
import dev.onward.ui.UiPart;
import dev.onward.ui.reflect.ReflectionSummaryView;
import dev.onward.ui.reflect.ReflectionSummaryViewModel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
        new ApplicationsTable(model, table, List.of(appliedColumn, lastActivityColumn));
        placeholder.textProperty().bind(Bindings.when(model.journalEmptyProperty())
                .then(Messages.text("ui.applications.empty"))
                .otherwise(Bindings.when(model.loadedProperty())
                        .then(Messages.text("ui.applications.noMatch")).otherwise(Messages.text("ui.loading"))));
    }

    /**
     * Shares the width between the list and the detail pane; in a narrow list the table then lets
     * the dates step aside rather than cut every column short (the detail pane shows the chosen one's).
     */
    private void bindWidths() {
        new DetailPaneWidth(split, listSide, side);
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
}
