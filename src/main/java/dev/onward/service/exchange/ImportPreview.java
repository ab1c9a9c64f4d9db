package dev.onward.service.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a spreadsheet import would do, before anything is written: how the columns were
 * matched, the rows it read, and every problem found. The import dialog shows it; the user may
 * change the matches or the day order and read the file again.
 *
 * @param file the file read
 * @param columns every column with what it was taken to hold
 * @param dayOrder how dates like 03/04/2026 were read, when the file has any and it is known
 * @param dayOrderUnclear whether the file has such dates and nothing tells which order they use
 * @param rows the rows that can be imported, in file order
 * @param problems every problem found, in file order
 */
public record ImportPreview(
        Path file,
        List<ColumnMatch> columns,
        Optional<DayOrder> dayOrder,
        boolean dayOrderUnclear,
        List<ImportRow> rows,
        List<ImportProblem> problems) {

    /** Copies the lists. */
    public ImportPreview {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dayOrder, "dayOrder");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether the import can go ahead: no problem blocks it. */
    public boolean canImport() {
        return problems.stream().noneMatch(ImportProblem::blocking);
    }

    /** The rows that would be added: every row that is not a duplicate. */
    public List<ImportRow> rowsToAdd() {
        return rows.stream().filter(r -> !r.duplicate()).toList();
    }

    /** How many rows are already in the journal and would be skipped. */
    public int duplicates() {
        return (int) rows.stream().filter(ImportRow::duplicate).count();
    }

    /** A copy with other rows, e.g. with duplicates marked. */
    public ImportPreview withRows(List<ImportRow> newRows) {
        return new ImportPreview(file, columns, dayOrder, dayOrderUnclear, newRows, problems);
    }
}
