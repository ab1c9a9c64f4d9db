package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.ImportPreview;
import dev.onward.service.exchange.ImportProblem;
import java.io.PrintWriter;

/** Prints a spreadsheet import's preview: the column matches, then every problem. */
final class ImportPrinter {
    private final PrintWriter out;
    private final PrintWriter err;

    ImportPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void preview(ImportPreview preview) {
        out.println(Messages.text("cli.import.csv.columns"));
        for (ColumnMatch column : preview.columns()) {
            String field = column.field() == ColumnField.IGNORED ? Messages.text("cli.import.csv.ignored")
                    : column.field().key();
            out.println(Messages.text("cli.import.csv.column", column.header(), field));
        }
        preview.dayOrder().ifPresent(order -> out.println(Messages.text("cli.import.csv.dayOrder." + order.name())));
        out.println(Messages.text("cli.import.csv.rows", preview.rows().size(), preview.duplicates()));
        for (ImportProblem problem : preview.problems()) {
            (problem.blocking() ? err : out).println(describe(preview, problem));
        }
    }

    private static String describe(ImportPreview preview, ImportProblem problem) {
        String file = String.valueOf(preview.file().getFileName());
        if (problem.line() == 0) {
            return problem.column().map(c -> Messages.text("cli.import.csv.problemInColumn", file, c, problem.message()))
                    .orElseGet(() -> Messages.text("cli.import.csv.problem", file, problem.message()));
        }
        return problem.column().map(c -> Messages.text("cli.import.csv.problemAtColumn", file, problem.line(), c,
                problem.message())).orElseGet(() -> Messages.text("cli.import.csv.problemAt", file, problem.line(),
                problem.message()));
    }
}
