package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.onward.domain.Messages;
import dev.onward.service.exchange.ImportFileException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Splits spreadsheet text into records with Jackson CSV (RFC 4180 quoting, CRLF or LF), each with its first line. */
final class CsvRecords {
    /** One record: the line it starts on and its values as written. */
    record Line(int number, List<String> values) {
        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    /** A value as typed: the apostrophe the export puts before a formula-like value is dropped. */
    private static String withoutGuard(String value) {
        return value.length() > 1 && value.charAt(0) == '\''
                && CsvApplicationsWriter.FORMULA_START.indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    static List<Line> read(Path file, CsvText text) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(text.separator());
        List<Line> lines = new ArrayList<>();
        try (JsonParser parser = new CsvMapper().reader(schema).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .createParser(new StringReader(text.text()))) {
            List<String> values = null;
            int first = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    values = new ArrayList<>();
                    first = 0;
                } else if (token == JsonToken.VALUE_STRING && values != null) {
                    if (values.isEmpty()) {
                        first = parser.currentTokenLocation().getLineNr();
                    }
                    values.add(withoutGuard(parser.getText()).replace("\r\n", "\n").replace('\r', '\n'));
                } else if (token == JsonToken.END_ARRAY && values != null) {
                    lines.add(new Line(first, values));
                    values = null;
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportFileException(file, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(), Optional.empty(),
                    Messages.text("exchange.csv.unreadable"));
        } catch (IOException e) {
            throw new ImportFileException(file, OptionalInt.empty(), Optional.empty(), Messages.text("exchange.file.unreadable"));
        }
        return lines;
    }
}
