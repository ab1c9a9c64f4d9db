package dev.onward.ui.data;

import dev.onward.domain.Messages;
import dev.onward.domain.Status;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.DayOrder;
import dev.onward.service.exchange.ImportRow;
import dev.onward.ui.ChoiceText;
import dev.onward.ui.DateText;
import dev.onward.ui.UiPart;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Bringing a spreadsheet in: the file chooser, then the preview (a drop-down per column, the
 * day-order question when it arises, every problem with its line, the first rows as they will be
 * saved) and the import button. A thin controller over {@link ImportViewModel}.
 */
public final class ImportView extends UiPart<VBox> {
    private static final int SHOWN_PROBLEMS = 100;

    private final ImportViewModel model;
    private final DateText dates;

    @FXML
    private Button chooseFile;
    @FXML
    private ProgressIndicator spinner;
    @FXML
    private Label progress;
    @FXML
    private HBox resultBar;
    @FXML
    private Label result;
    @FXML
    private Hyperlink showApplications;
    @FXML
    private Label failure;
    @FXML
    private ScrollPane previewScroll;
    @FXML
    private VBox actionBar;
    @FXML
    private Label fileName;
    @FXML
    private Label recognised;
    @FXML
    private FlowPane columnChoices;
    @FXML
    private VBox dayOrderBox;
    @FXML
    private RadioButton dayFirst;
    @FXML
    private RadioButton monthFirst;
    @FXML
    private Label summary;
    @FXML
    private VBox problemsBox;
    @FXML
    private VBox problemList;
    @FXML
    private TableView<ImportRow> rowTable;
    @FXML
    private TableColumn<ImportRow, Integer> lineColumn;
    @FXML
    private TableColumn<ImportRow, String> companyColumn;
    @FXML
    private TableColumn<ImportRow, String> roleColumn;
    @FXML
    private TableColumn<ImportRow, String> appliedColumn;
    @FXML
    private TableColumn<ImportRow, String> fileStatusColumn;
    @FXML
    private TableColumn<ImportRow, String> becomesColumn;
    @FXML
    private Button importButton;
    @FXML
    private Button cancel;

    /**
     * Shows {@code model}; {@code dates} writes the applied days, and {@code toApplications}
     * opens the Applications screen from the line that says what an import added.
     */
    public ImportView(ImportViewModel model, DateText dates, Runnable toApplications) {
        super("ImportView.fxml");
        this.model = model;
        this.dates = dates;
        showApplications.setOnAction(e -> toApplications.run());
        bindStatus();
        bindPreview();
        bindRows();
    }

    private void bindStatus() {
        chooseFile.setOnAction(e -> chooseFile());
        chooseFile.disableProperty().bind(model.busyProperty());
        shownWhenSet(progress, model.progressProperty());
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(model.busyProperty());
        shownWhenSet(result, model.resultProperty());
        resultBar.visibleProperty().bind(result.visibleProperty());
        resultBar.managedProperty().bind(resultBar.visibleProperty());
        shownWhenSet(failure, model.failureProperty());
    }

    private void bindPreview() {
        for (Node part : new Node[] {fileName, previewScroll, actionBar}) {
            part.visibleProperty().bind(model.previewProperty().isNotNull());
            part.managedProperty().bind(part.visibleProperty());
        }
        recognised.visibleProperty().bind(model.previewProperty().isNull());
        recognised.managedProperty().bind(recognised.visibleProperty());
        fileName.textProperty().bind(model.previewProperty().map(p -> String.valueOf(p.file().getFileName())));
        model.columns().addListener((ListChangeListener<ColumnMatch>) change -> showColumns());
        // A new file starts at the top; a corrected column keeps the place the user was looking at.
        model.previewProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.file().equals(now.file()))) {
                previewScroll.setVvalue(0);
            }
        });
        dayOrderBox.visibleProperty().bind(model.askDayOrderProperty());
        dayOrderBox.managedProperty().bind(dayOrderBox.visibleProperty());
        model.dayOrderProperty().addListener((obs, old, order) -> {
            dayFirst.setSelected(order == DayOrder.DAY_FIRST);
            monthFirst.setSelected(order == DayOrder.MONTH_FIRST);
        });
        dayFirst.setOnAction(e -> model.chooseDayOrder(DayOrder.DAY_FIRST));
        monthFirst.setOnAction(e -> model.chooseDayOrder(DayOrder.MONTH_FIRST));
        summary.textProperty().bind(model.summaryProperty());
        model.problems().addListener((ListChangeListener<ProblemLine>) change -> showProblems());
        problemsBox.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemsBox.managedProperty().bind(problemsBox.visibleProperty());
        importButton.textProperty().bind(model.importLabelProperty());
        importButton.disableProperty().bind(model.canImportProperty().not().or(model.busyProperty()));
        importButton.setOnAction(e -> model.importNow());
        cancel.setOnAction(e -> model.cancel());
    }

    private void bindRows() {
        rowTable.setItems(model.rows());
        rowTable.prefHeightProperty().bind(Bindings.size(model.rows())
                .map(n -> Math.max(3, Math.min(n.intValue(), 12)) * 32 + 44));
        lineColumn.setCellValueFactory(row -> value(row.getValue().line()));
        companyColumn.setCellValueFactory(row -> value(row.getValue().application().details().company()));
        roleColumn.setCellValueFactory(row -> value(row.getValue().application().details().role()));
        appliedColumn.setCellValueFactory(row -> value(row.getValue().application().details().applied()
                .map(dates::show).orElse("")));
        fileStatusColumn.setCellValueFactory(row -> value(row.getValue().status().orElse("")));
        becomesColumn.setCellValueFactory(row -> value(becomes(row.getValue())));
    }

    private static String becomes(ImportRow row) {
        if (row.duplicate()) {
            return Messages.text("ui.data.import.duplicate");
        }
        return row.application().outcome().map(o -> o.kind().status()).orElse(Status.ACTIVE).label();
    }

    /** One drop-down per column, with the header above it; a column the user chose is marked. */
    private void showColumns() {
        columnChoices.getChildren().setAll(model.columns().stream().map(this::columnChoice).toList());
    }

    private Node columnChoice(ColumnMatch match) {
        Label header = new Label(match.header());
        header.getStyleClass().add("column-header");
        ComboBox<ColumnField> field = new ComboBox<>();
        field.setId("column-" + match.index());
        field.getItems().setAll(ImportViewModel.fieldChoices());
        field.setConverter(ChoiceText.of(ImportViewModel::fieldLabel, ""));
        field.setValue(match.field());
        field.setOnAction(e -> {
            if (field.getValue() != null && field.getValue() != match.field()) {
                model.chooseField(match.header(), field.getValue());
            }
        });
        field.disableProperty().bind(model.busyProperty());
        VBox box = new VBox(4, header, field);
        box.getStyleClass().add("column-choice");
        if (match.field() == ColumnField.IGNORED) {
            box.getStyleClass().add("ignored");
        }
        if (match.chosen()) {
            box.getStyleClass().add("chosen");
        }
        return box;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("ui.data.import.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("ui.data.import.filter"),
                "*.csv", "*.CSV", "*.txt", "*.tsv"));
        File chosen = chooser.showOpenDialog(getRoot().getScene().getWindow());
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private static void shownWhenSet(Label label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <T> ObservableValue<T> value(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    /**
     * Every problem as a wrapped line, those that stop the import under "To correct" and the
     * others under "Notes"; past {@value #SHOWN_PROBLEMS} the rest are counted, as they are usually alike.
     */
    private void showProblems() {
        List<ProblemLine> shown = model.problems().subList(0, Math.min(SHOWN_PROBLEMS, model.problems().size()));
        List<Node> lines = new ArrayList<>();
        addGroup(lines, "ui.data.import.toCorrect", shown.stream().filter(ProblemLine::blocking).toList(), "blocking");
        addGroup(lines, "ui.data.import.notes", shown.stream().filter(p -> !p.blocking()).toList(), "note");
        int more = model.problems().size() - shown.size();
        if (more > 0) {
            Label rest = new Label(Messages.text("ui.data.import.moreProblems", more));
            rest.getStyleClass().add("muted");
            lines.add(rest);
        }
        problemList.getChildren().setAll(lines);
    }

    private static void addGroup(List<Node> lines, String titleKey, List<ProblemLine> problems, String style) {
        if (problems.isEmpty()) {
            return;
        }
        Label title = new Label(Messages.text(titleKey));
        title.getStyleClass().addAll("group-title", style);
        lines.add(title);
        for (ProblemLine problem : problems) {
            Label line = new Label(problem.text());
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().addAll("problem-line", style);
            lines.add(line);
        }
    }
}
