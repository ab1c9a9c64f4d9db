package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.onward.domain.Messages;
import dev.onward.service.exchange.ImportFileException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns what Jackson and the file system throw into an {@link ImportFileException} a user can act on. */
final class JsonProblems {
    private JsonProblems() {
    }

    static ImportFileException translate(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ImportFileException(file, OptionalInt.empty(), Optional.empty(), Messages.text("exchange.file.missing"));
        }
        if (e instanceof AccessDeniedException) {
            return new ImportFileException(file, OptionalInt.empty(), Optional.empty(), Messages.text("exchange.file.denied"));
        }
        if (!(e instanceof JsonProcessingException json)) {
            return new ImportFileException(file, OptionalInt.empty(), Optional.empty(), Messages.text("exchange.file.unreadable"));
        }
        int line = JsonJournalReader.line(json.getLocation());
        OptionalInt where = line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
        return new ImportFileException(file, where, field(json), reason(json));
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return Messages.text("exchange.json.truncated");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Messages.text("exchange.json.unknownField", unknown.getPropertyName());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Messages.text("exchange.json.wrongType", expected(mismatch.getTargetType()));
        }
        if (e.getCause() instanceof CharConversionException || String.valueOf(e.getOriginalMessage()).contains("UTF-8")) {
            return Messages.text("exchange.json.notUtf8");
        }
        return Messages.text("exchange.json.notJson");
    }

    private static Optional<String> field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            List<JsonMappingException.Reference> path = mapping.getPath();
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i).getFieldName() != null) {
                    return Optional.of(path.get(i).getFieldName());
                }
            }
        }
        return Optional.empty();
    }

    private static String expected(Class<?> type) {
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return Messages.text("exchange.json.type.number");
        }
        if (type == String.class) {
            return Messages.text("exchange.json.type.text");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Messages.text("exchange.json.type.list");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return Messages.text("exchange.json.type.object");
        }
        return Messages.text("exchange.json.type.other");
    }
}
