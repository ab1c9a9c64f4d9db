package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onward.domain.Application;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.service.exchange.ImportFileException;
import dev.onward.service.exchange.JournalContents;
import dev.onward.service.exchange.JournalReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a JSON export back: each kind of stage and each application is read as it comes, turned
 * into domain records (so every check the app makes runs again), and any problem becomes an
 * {@link ImportFileException} naming the line and the field. A file of a newer version is refused.
 * What the app refuses elsewhere is refused here too: an applied day after today, and settings
 * the settings form would not save.
 */
public final class JsonJournalReader implements JournalReader {
    /** The domain's field names that the JSON calls something else. */
    private static final Map<String, String> JSON_NAMES = Map.ofEntries(Map.entry("stageDate", "date"),
            Map.entry("stageNotes", "notes"), Map.entry("rating", "howItWent"), Map.entry("outcomeKind", "kind"),
            Map.entry("outcomeDate", "date"), Map.entry("stageKind", "name"), Map.entry("contactName", "name"),
            Map.entry("contactRole", "role"), Map.entry("contactCompany", "company"),
            Map.entry("contactNotes", "notes"), Map.entry("lessonText", "text"), Map.entry("reasonNote", "note"),
            Map.entry("feelingWords", "ownWords"), Map.entry("feedbackFrom", "askedFrom"),
            Map.entry("feedbackText", "text"), Map.entry("feedbackReceivedOn", "receivedOn"));

    private final ObjectMapper mapper = JsonMappers.mapper();
    private final Clock clock;

    /** A reader for which today is the system clock's day. */
    public JsonJournalReader() {
        this(Clock.systemDefaultZone());
    }

    /** A reader for which today is {@code clock}'s day: no application can have been sent after it. */
    public JsonJournalReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public JournalContents read(Path file) {
        try (InputStream in = ImportSize.limited(file, Files.newInputStream(file)); JsonParser parser = mapper.createParser(in)) {
            JsonContentsReader contents = new JsonContentsReader(file, parser);
            return contents.read();
        } catch (ImportSize.TooLarge e) {
            throw ImportSize.tooLarge(file);
        } catch (IOException e) {
            throw JsonProblems.translate(file, e);
        }
    }

    /** Reads one file; keeps what it has seen so far. */
    private final class JsonContentsReader {
        private final Path file;
        private final JsonParser parser;
        private final JsonReferences.Read read = new JsonReferences.Read();
        private final LocalDate today = LocalDate.now(clock);
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
            JsonReferences.check(read, this::problem);
            return read.contents();
        }

        private void readField(String name, int line) throws IOException {
            switch (name) {
                case "format" -> readFormat(line);
                case "version" -> readVersion(line);
                case "stageKinds" -> readArray(name, at -> read.kinds().add(
                        new JsonReferences.At<>(mapper.readValue(parser, JsonStageKind.class).toDomain(), at)));
                case "applications" -> readArray(name, at -> read.applications().add(
                        new JsonReferences.At<>(sentByToday(mapper.readValue(parser, JsonApplication.class).toDomain()), at)));
                case "contacts" -> readArray(name, at -> read.contacts().add(
                        new JsonReferences.At<>(mapper.readValue(parser, JsonContact.class).toDomain(), at)));
                case "lessons" -> readArray(name, at -> read.lessons().add(
                        new JsonReferences.At<>(mapper.readValue(parser, JsonLesson.class).toDomain(), at)));
                case "reflections" -> readArray(name, at -> read.reflections().add(
                        new JsonReferences.At<>(mapper.readValue(parser, JsonReflection.class).toDomain(), at)));
                case "settings" -> readSettings(line);
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

        /** Applications cannot be sent tomorrow: the app and the CSV import refuse it, so this does too. */
        private Application sentByToday(Application application) {
            application.details().applied().filter(day -> day.isAfter(today)).ifPresent(day -> {
                throw new InvalidValueException("applied", Messages.text("exchange.json.futureDay", day));
            });
            return application;
        }

        /** Reads the settings key by key, so a value the app would not keep is named with its own line. */
        private void readSettings(int line) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw problem(line, "settings", Messages.text("exchange.json.wrongType", Messages.text("exchange.json.type.object")));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int at = line(parser.currentTokenLocation());
                JsonToken value = parser.nextToken();
                if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) {
                    throw problem(at, key, Messages.text("exchange.json.wrongType", Messages.text("exchange.json.type.text")));
                }
                String text = parser.getText();
                try {
                    JsonSettings.check(key, text);
                } catch (InvalidValueException e) {
                    throw problem(at, key, e.getMessage());
                }
                // " 7 " passes the check as 7, so it is kept as 7: what is stored is what was checked
                read.settings().put(key, JsonSettings.isNumber(key) ? text.strip() : text);
            }
        }

        private void readArray(String name, Element element) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw problem(line(parser.currentTokenLocation()), name, Messages.text("exchange.json.notList", name));
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = line(parser.currentTokenLocation());
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw problem(line, name, Messages.text("exchange.json.notAnItem", name));
                }
                try {
                    element.read(line);
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

    /** Reads one element of an array, the parser standing on its first token, on line {@code line}. */
    @FunctionalInterface
    private interface Element {
        void read(int line) throws IOException;
    }

    static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
