package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onward.domain.Application;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.service.ImportFileException;
import dev.onward.service.JournalContents;
import dev.onward.service.JournalReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a JSON export back: each kind of stage and each application is read as it comes, turned
 * into domain records (so every check the app makes runs again), and any problem becomes an
 * {@link ImportFileException} naming the line and the field. A file of a newer version is refused.
 */
public final class JsonJournalReader implements JournalReader {
    /** The domain's field names that the JSON calls something else. */
    private static final Map<String, String> JSON_NAMES = Map.of("stageDate", "date", "stageNotes", "notes",
            "rating", "howItWent", "outcomeKind", "kind", "outcomeDate", "date", "stageKind", "name");

    private final ObjectMapper mapper = JsonMappers.mapper();

    @Override
    public JournalContents read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            JsonContentsReader contents = new JsonContentsReader(file, parser);
            return contents.read();
        } catch (IOException e) {
            throw JsonProblems.translate(file, e);
        }
    }

    /** Reads one file; keeps what it has seen so far. */
    private final class JsonContentsReader {
        private final Path file;
        private final JsonParser parser;
        private final List<StageKind> kinds = new ArrayList<>();
        private final List<Application> applications = new ArrayList<>();
        private final List<Integer> applicationLines = new ArrayList<>();
        private boolean formatSeen;
        private boolean versionSeen;

        JsonContentsReader(Path file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        JournalContents read() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problem(line(parser.currentTokenLocation()), null, Messages.text("exchange.json.notExport"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = line(parser.currentTokenLocation());
                parser.nextToken();
                readField(name, line);
            }
            if (!formatSeen || !versionSeen) {
                throw problem(0, null, Messages.text("exchange.json.notExport"));
            }
            if (parser.nextToken() != null) {
                throw problem(line(parser.currentTokenLocation()), null, Messages.text("exchange.json.trailing"));
            }
            JsonReferences.check(kinds, applications, applicationLines, (line, field, reason) -> problem(line, field, reason));
            return new JournalContents(kinds, applications);
        }

        private void readField(String name, int line) throws IOException {
            switch (name) {
                case "format" -> readFormat(line);
                case "version" -> readVersion(line);
                case "stageKinds" -> readArray(name, () -> kinds.add(mapper.readValue(parser, JsonStageKind.class).toDomain()));
                case "applications" -> readArray(name, () -> {
                    applicationLines.add(line(parser.currentTokenLocation()));
                    applications.add(mapper.readValue(parser, JsonApplication.class).toDomain());
                });
                default -> throw problem(line, name, Messages.text("exchange.json.unknownField", name));
            }
        }

        private void readFormat(int line) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING || !JsonJournal.FORMAT.equals(parser.getText())) {
                throw problem(line, "format", Messages.text("exchange.json.notExport"));
            }
            formatSeen = true;
        }

        private void readVersion(int line) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 1) {
                throw problem(line, "version", Messages.text("exchange.json.badVersion"));
            }
            if (parser.getLongValue() > JsonJournal.VERSION) {
                throw problem(line, "version", Messages.text("exchange.json.tooNew", parser.getLongValue(), JsonJournal.VERSION));
            }
            versionSeen = true;
        }

        private void readArray(String name, Element element) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw problem(line(parser.currentTokenLocation()), name, Messages.text("exchange.json.notList", name));
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = line(parser.currentTokenLocation());
                try {
                    element.read();
                } catch (InvalidValueException e) {
                    throw problem(line, JSON_NAMES.getOrDefault(e.field(), e.field()), e.getMessage());
                }
            }
        }

        private ImportFileException problem(int line, String field, String reason) {
            return new ImportFileException(file, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                    Optional.ofNullable(field), reason);
        }
    }

    /** Reads one element of an array, the parser standing on its first token. */
    @FunctionalInterface
    private interface Element {
        void read() throws IOException;
    }

    static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
