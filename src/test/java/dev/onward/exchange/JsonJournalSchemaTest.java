package dev.onward.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON export matches the schema published in docs/, so others can read it without our code. */
class JsonJournalSchemaTest {
    static final Path SCHEMA = Path.of("docs", "onward-journal.schema.json");

    @TempDir
    Path temp;

    final ObjectMapper mapper = new ObjectMapper();

    Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    JsonNode export(boolean withSample) throws IOException {
        Path file = temp.resolve(withSample + ".json");
        try (TestJournal journal = TestJournal.open(temp.resolve("j" + withSample))) {
            if (withSample) {
                SampleJournal.fill(journal);
            }
            JsonJournalTest.exchange(journal).export(new JsonJournalWriter(), file);
        }
        return mapper.readTree(file.toFile());
    }

    @Test
    void export_fullJournal_matchesSchema() throws IOException {
        List<Error> errors = schema().validate(export(true));
        assertEquals(List.of(), errors);
    }

    @Test
    void export_emptyJournal_matchesSchema() throws IOException {
        assertEquals(List.of(), schema().validate(export(false)));
    }

    @Test
    void schema_newerVersionOrUnknownField_doesNotMatch() throws IOException {
        ObjectNode newer = (ObjectNode) export(false);
        newer.put("version", 2);
        assertFalse(schema().validate(newer).isEmpty());
        ObjectNode extra = (ObjectNode) export(false);
        extra.put("colour", "blue");
        assertFalse(schema().validate(extra).isEmpty());
    }
}
