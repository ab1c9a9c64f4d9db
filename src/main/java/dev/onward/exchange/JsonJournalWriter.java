package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onward.service.exchange.ExportFormat;
import dev.onward.service.exchange.JournalContents;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes the whole journal as JSON ({@code {"format":"onward","version":1,...}}, described by
 * {@code docs/onward-journal.schema.json}). The output depends only on the journal: kinds in
 * their order, applications by id, stages by date, and no time of export, so exporting the same
 * journal twice gives the same bytes.
 */
public final class JsonJournalWriter implements ExportFormat {
    private final ObjectMapper mapper = JsonMappers.mapper();

    @Override
    public void write(JournalContents contents, LocalDate today, OutputStream out) throws IOException {
        byte[] json = JsonMappers.prettyWriter(mapper).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValueAsBytes(JsonJournal.of(contents));
        out.write(json);
        out.write("\n".getBytes(StandardCharsets.UTF_8));
    }
}
