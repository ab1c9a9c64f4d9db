package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.StageKind;
import dev.onward.service.exchange.ExportFormat;
import dev.onward.service.exchange.JournalContents;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one row per application for spreadsheets: UTF-8, a header row, RFC 4180 quoting and
 * CRLF line ends. The headers are ones {@link CsvSpreadsheetReader} matches, so the file can be
 * imported again.
 */
public final class CsvApplicationsWriter implements ExportFormat {
    private static final List<String> KEYS = List.of("company", "role", "status", "furthestStage", "applied",
            "ended", "location", "link", "source", "salary", "notes");

    /** The first characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_START = "=+-@\t\r";

    @Override
    public void write(JournalContents contents, LocalDate today, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\r\n").setUseHeader(false);
        KEYS.forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        try (var writer = mapper.writerFor(List.class).with(schema.build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            writer.write(KEYS.stream().map(k -> Messages.text("exchange.csv.header." + k)).toList());
            for (Application a : contents.applications()) {
                writer.write(row(a, contents.stageKinds(), today).stream().map(CsvApplicationsWriter::inert).toList());
            }
        }
    }

    /**
     * {@code value} as a spreadsheet will show it but never run it: a cell starting with = + - @, a
     * tab or a carriage return would be read as a formula, so it gets a leading apostrophe, which
     * spreadsheets hide and the import drops again ({@link #FORMULA_START}).
     */
    static String inert(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static List<String> row(Application a, List<StageKind> kinds, LocalDate today) {
        ApplicationDetails d = a.details();
        List<String> row = new ArrayList<>();
        row.add(d.company());
        row.add(d.role());
        row.add(a.status().label());
        row.add(a.furthestStage(kinds, today).map(StageKind::name).orElse(""));
        row.add(d.applied().map(LocalDate::toString).orElse(""));
        row.add(a.outcome().map(Outcome::date).map(LocalDate::toString).orElse(""));
        row.add(d.location().orElse(""));
        row.add(d.link().orElse(""));
        row.add(d.source().orElse(""));
        row.add(d.salary().orElse(""));
        row.add(d.notes().orElse(""));
        return row;
    }
}
