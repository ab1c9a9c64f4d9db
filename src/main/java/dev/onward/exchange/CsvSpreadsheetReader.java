package dev.onward.exchange;

import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.DayOrder;
import dev.onward.service.exchange.ImportPreview;
import dev.onward.service.exchange.ImportProblem;
import dev.onward.service.exchange.ImportRow;
import dev.onward.service.exchange.ImportSettings;
import dev.onward.service.exchange.SpreadsheetReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV spreadsheet of applications into a preview: UTF-8 with or without a byte order
 * mark, comma, semicolon or tab separated, headers matched to fields (including the exports of
 * JobSync and Teal), dates in the usual forms with the day order detected, and status words
 * turned into stages and outcomes. Nothing is written; every problem is listed with its line.
 */
public final class CsvSpreadsheetReader implements SpreadsheetReader {

    @Override
    public ImportPreview preview(Path file, ImportSettings settings, List<StageKind> kinds, LocalDate today) {
        CsvText text = CsvText.read(file);
        List<CsvRecords.Line> lines = CsvRecords.read(file, text);
        List<ImportProblem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add(ImportProblem.blocking(0, null, Messages.text("exchange.csv.empty")));
            return new ImportPreview(file, List.of(), Optional.empty(), false, List.of(), problems);
        }
        List<ColumnMatch> columns = HeaderNames.match(lines.get(0).values(), settings.columns());
        requireColumn(columns, ColumnField.COMPANY, problems);
        requireColumn(columns, ColumnField.ROLE, problems);
        boolean columnsFound = problems.isEmpty();
        List<CsvRecords.Line> body = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        if (body.isEmpty()) {
            problems.add(ImportProblem.blocking(0, null, Messages.text("exchange.csv.empty")));
        }
        List<String> dates = dateValues(columns, body);
        boolean hasSlashed = dates.stream().anyMatch(SpreadsheetDates::isSlashed);
        Optional<DayOrder> order = settings.dayOrder().or(() -> SpreadsheetDates.detectOrder(dates));
        // Only a date like 03/04/2026 needs the order; one that is no day either way is reported on its line.
        boolean unclear = order.isEmpty() && SpreadsheetDates.firstAmbiguous(dates).isPresent();
        if (unclear) {
            problems.add(dayOrderProblem(columns, dates));
        }
        List<ImportRow> rows = new ArrayList<>();
        if (columnsFound) {
            CsvRow reader = new CsvRow(columns, order.orElse(DayOrder.MONTH_FIRST), kinds, today);
            for (CsvRecords.Line line : body) {
                reader.read(line, problems).ifPresent(rows::add);
            }
        }
        return new ImportPreview(file, columns, hasSlashed ? order : Optional.empty(), unclear, rows, problems);
    }

    private static void requireColumn(List<ColumnMatch> columns, ColumnField field, List<ImportProblem> problems) {
        if (columns.stream().noneMatch(c -> c.field() == field)) {
            problems.add(ImportProblem.blocking(0, null, Messages.text("exchange.csv.noColumn",
                    Messages.text("exchange.csv.field." + field.key()))));
        }
    }

    /** Every value of the date columns, for telling the day order. */
    private static List<String> dateValues(List<ColumnMatch> columns, List<CsvRecords.Line> body) {
        List<String> values = new ArrayList<>();
        for (ColumnMatch column : columns) {
            if (column.field() == ColumnField.APPLIED || column.field() == ColumnField.ENDED) {
                for (CsvRecords.Line line : body) {
                    if (column.index() < line.values().size() && !line.values().get(column.index()).isBlank()) {
                        values.add(line.values().get(column.index()));
                    }
                }
            }
        }
        return values;
    }

    private static ImportProblem dayOrderProblem(List<ColumnMatch> columns, List<String> dates) {
        String example = SpreadsheetDates.firstAmbiguous(dates).orElse("");
        String header = columns.stream().filter(c -> c.field() == ColumnField.APPLIED).map(ColumnMatch::header)
                .findFirst().orElse("");
        return ImportProblem.blocking(0, header, Messages.text("exchange.csv.dayOrderUnclear", header, example));
    }
}
