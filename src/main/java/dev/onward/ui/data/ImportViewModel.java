package dev.onward.ui.data;

import dev.onward.domain.Messages;
import dev.onward.service.backup.BackupService;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.DayOrder;
import dev.onward.service.exchange.ExchangeService;
import dev.onward.service.exchange.ImportPreview;
import dev.onward.service.exchange.ImportProblem;
import dev.onward.service.exchange.ImportReport;
import dev.onward.service.exchange.ImportRow;
import dev.onward.service.exchange.ImportSettings;
import dev.onward.service.exchange.SpreadsheetReader;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Bringing a spreadsheet in: reads the chosen CSV file into a preview on the {@link TaskRunner},
 * lets the user correct what each column holds and say how dates are written, and writes
 * nothing until {@link #importNow()}, which adds every new row in one transaction.
 */
public final class ImportViewModel {
    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 50;

    private final ExchangeService exchange;
    private final SpreadsheetReader reader;
    private final BackupService backups;
    private final TaskRunner runner;

    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper importLabel = new ReadOnlyStringWrapper(this, "importLabel", "");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport", false);
    private final ReadOnlyBooleanWrapper askDayOrder = new ReadOnlyBooleanWrapper(this, "askDayOrder", false);
    private final ReadOnlyObjectWrapper<DayOrder> dayOrder = new ReadOnlyObjectWrapper<>(this, "dayOrder");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObservableList<ColumnMatch> columns = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemLine> problems = FXCollections.observableArrayList();
    // Kept: a fresh read-only wrapper per call would drop listeners when collected.
    private final ObservableList<ColumnMatch> shownColumns = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<ImportRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ProblemLine> shownProblems = FXCollections.unmodifiableObservableList(problems);
    private final Map<String, ColumnField> chosen = new LinkedHashMap<>();
    private Optional<DayOrder> chosenOrder = Optional.empty();
    private Path file;

    /**
     * Creates the model.
     *
     * @param backups takes today's snapshot before an import when none was taken yet
     */
    public ImportViewModel(ExchangeService exchange, SpreadsheetReader reader, BackupService backups,
            TaskRunner runner) {
        this.exchange = exchange;
        this.reader = reader;
        this.backups = backups;
        this.runner = runner;
    }

    /** Reads {@code spreadsheet} into a fresh preview, every column detected again. */
    public void open(Path spreadsheet) {
        file = spreadsheet;
        chosen.clear();
        chosenOrder = Optional.empty();
        result.set("");
        read();
    }

    /** Reads the file again with column {@code header} taken to hold {@code field}. */
    public void chooseField(String header, ColumnField field) {
        if (file == null) {
            return;
        }
        chosen.put(header, field);
        read();
    }

    /** Reads the file again with dates like 03/04/2026 read in {@code order}. */
    public void chooseDayOrder(DayOrder order) {
        if (file == null || chosenOrder.equals(Optional.of(order))) {
            return;
        }
        chosenOrder = Optional.of(order);
        read();
    }

    private void read() {
        Path reading = file;
        start(Messages.text("ui.data.import.reading", name(reading)));
        ImportSettings settings = new ImportSettings(chosen, chosenOrder);
        runner.run(() -> exchange.previewSpreadsheet(reading, reader, settings), this::show, this::fail);
    }

    /** Adds every new row of the preview, in one transaction; does nothing while a problem blocks it. */
    public void importNow() {
        ImportPreview shown = preview.get();
        if (shown == null || !canImport.get() || busy.get()) {
            return;
        }
        start(Messages.text("ui.data.import.importing", shown.rowsToAdd().size()));
        runner.run(() -> {
            backups.snapshotIfDue();
            return exchange.applySpreadsheet(shown, false);
        }, report -> imported(shown, report), this::fail);
    }

    /** Closes the preview without writing anything. */
    public void cancel() {
        file = null;
        chosen.clear();
        chosenOrder = Optional.empty();
        clearPreview();
    }

    private void imported(ImportPreview shown, ImportReport report) {
        busy.set(false);
        progress.set("");
        clearPreview();
        file = null;
        result.set(Messages.text("ui.data.import.done", report.added(), name(shown.file()), report.duplicates()));
    }

    private void start(String what) {
        busy.set(true);
        progress.set(what);
        failure.set("");
    }

    private void show(ImportPreview read) {
        busy.set(false);
        progress.set("");
        preview.set(read);
        columns.setAll(read.columns());
        rows.setAll(read.rows().subList(0, Math.min(PREVIEW_ROWS, read.rows().size())));
        problems.setAll(read.problems().stream().map(ImportViewModel::line).toList());
        askDayOrder.set(read.dayOrderUnclear() || chosenOrder.isPresent());
        dayOrder.set(chosenOrder.or(read::dayOrder).orElse(null));
        int adding = read.rowsToAdd().size();
        canImport.set(read.canImport() && adding > 0);
        importLabel.set(Messages.text("ui.data.import.button", canImport.get() ? adding : 0));
        summary.set(summaryOf(read, adding));
    }

    private static String summaryOf(ImportPreview read, int adding) {
        if (read.dayOrderUnclear()) {
            return Messages.text("ui.data.import.askOrder");
        }
        long blocking = read.problems().stream().filter(ImportProblem::blocking).count();
        if (blocking > 0) {
            return Messages.text("ui.data.import.blocked", blocking);
        }
        if (adding == 0) {
            return Messages.text("ui.data.import.nothingNew", read.duplicates());
        }
        String ready = Messages.text("ui.data.import.ready", adding, read.duplicates());
        return read.problems().isEmpty() ? ready : Messages.text("ui.data.import.readyNotes", ready);
    }

    /** A problem as the preview lists it: its line and column first, when it has them. */
    static ProblemLine line(ImportProblem problem) {
        String text;
        if (problem.line() > 0) {
            text = problem.column().map(c -> Messages.text("ui.data.import.problemAtColumn", problem.line(), c,
                    problem.message())).orElseGet(() -> Messages.text("ui.data.import.problemAt", problem.line(),
                    problem.message()));
        } else {
            text = problem.message();
        }
        return new ProblemLine(text, problem.blocking());
    }

    private void clearPreview() {
        preview.set(null);
        columns.clear();
        rows.clear();
        problems.clear();
        askDayOrder.set(false);
        dayOrder.set(null);
        canImport.set(false);
        summary.set("");
        importLabel.set("");
    }

    private void fail(Exception e) {
        busy.set(false);
        progress.set("");
        failure.set(ProblemText.of(e));
    }

    private static String name(Path path) {
        return String.valueOf(path.getFileName());
    }

    /** The fields a column can be taken to hold, in the order the drop-down lists them: "Leave out" first. */
    public static List<ColumnField> fieldChoices() {
        List<ColumnField> fields = new java.util.ArrayList<>(List.of(ColumnField.values()));
        fields.remove(ColumnField.IGNORED);
        fields.add(0, ColumnField.IGNORED);
        return List.copyOf(fields);
    }

    /** A field in the user's words, e.g. "Date applied"; "Leave out" for an ignored column. */
    public static String fieldLabel(ColumnField field) {
        return Messages.text("ui.data.field." + field.key());
    }

    /** The preview shown, or null before a file is read and after an import. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Whether a file is being read or imported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is happening while busy, e.g. "Reading applications.csv…". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the import would do, or what stops it. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The words on the import button, e.g. "Import 6 applications". */
    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel.getReadOnlyProperty();
    }

    /** Whether the import can go ahead: nothing blocks it and there is something new. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** Whether to ask how dates are written: the file has dates that could be read both ways. */
    public ReadOnlyBooleanProperty askDayOrderProperty() {
        return askDayOrder.getReadOnlyProperty();
    }

    /** How dates like 03/04/2026 are read now, or null when the file has none or it is not known. */
    public ReadOnlyObjectProperty<DayOrder> dayOrderProperty() {
        return dayOrder.getReadOnlyProperty();
    }

    /** What the last import did, e.g. "Added 6 applications from jobsync.csv …". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the file could not be read or imported, naming the file and line; empty when all is well. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Every column of the file with what it is taken to hold. */
    public ObservableList<ColumnMatch> columns() {
        return shownColumns;
    }

    /** The first {@value #PREVIEW_ROWS} rows as they will be saved. */
    public ObservableList<ImportRow> rows() {
        return shownRows;
    }

    /** Every problem found, in file order. */
    public ObservableList<ProblemLine> problems() {
        return shownProblems;
    }
}
