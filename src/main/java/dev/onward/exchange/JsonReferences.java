package dev.onward.exchange;

import dev.onward.domain.Application;
import dev.onward.domain.Lesson;
import dev.onward.domain.Messages;
import dev.onward.domain.Reflection;
import dev.onward.domain.Stage;
import dev.onward.domain.StageKind;
import dev.onward.service.exchange.ImportFileException;
import dev.onward.service.exchange.JournalContents;
import dev.onward.service.reflect.StoredContact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks what no single value can: ids are not repeated, kind names are not repeated, and every
 * reference (a stage's kind, a lesson's application, a reflection's contact, ...) names something
 * the file holds.
 */
final class JsonReferences {
    private JsonReferences() {
    }

    /** A value read from the file, with the line it starts on. */
    record At<T>(T value, int line) {
    }

    /** Everything read so far, in file order. */
    record Read(List<At<StageKind>> kinds, List<At<Application>> applications, List<At<StoredContact>> contacts,
            List<At<Lesson>> lessons, List<At<Reflection>> reflections, Map<String, String> settings) {
        Read() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new TreeMap<>());
        }

        JournalContents contents() {
            return new JournalContents(values(kinds), values(applications), values(contacts), values(lessons),
                    values(reflections), settings);
        }

        private static <T> List<T> values(List<At<T>> all) {
            return all.stream().map(At::value).toList();
        }
    }

    /** Builds the exception for a problem on {@code line} (0 when unknown). */
    @FunctionalInterface
    interface Problem {
        ImportFileException at(int line, String field, String reason);
    }

    static void check(Read read, Problem problem) {
        Set<Long> kinds = ids(read.kinds(), StageKind::id, "id", problem);
        Set<String> names = new HashSet<>();
        for (At<StageKind> kind : read.kinds()) {
            if (!names.add(kind.value().name().toLowerCase(Locale.ROOT))) {
                throw problem.at(kind.line(), "name", Messages.text("exchange.json.repeatedKind", kind.value().name()));
            }
        }
        Set<Long> applications = ids(read.applications(), Application::id, "id", problem);
        Set<Long> contacts = ids(read.contacts(), c -> c.contact().id(), "id", problem);
        Set<Long> lessons = ids(read.lessons(), Lesson::id, "id", problem);
        ids(read.reflections(), Reflection::applicationId, "applicationId", problem);
        Set<Long> stages = new HashSet<>();
        for (At<Application> a : read.applications()) {
            for (Stage stage : a.value().stages()) {
                if (!stages.add(stage.id())) {
                    throw problem.at(a.line(), "stages", Messages.text("exchange.json.repeatedId", stage.id()));
                }
                refer(kinds, Optional.of(stage.details().kindId()), a.line(), "kindId", problem);
            }
            refer(kinds, a.value().outcome().flatMap(o -> o.endedAtKindId()), a.line(), "endedAtKindId", problem);
        }
        for (At<Lesson> l : read.lessons()) {
            refer(applications, l.value().applicationId(), l.line(), "applicationId", problem);
            refer(kinds, l.value().details().stageKindId(), l.line(), "stageKindId", problem);
            refer(lessons, l.value().repeatOf(), l.line(), "repeatOf", problem);
        }
        for (At<Reflection> r : read.reflections()) {
            refer(applications, Optional.of(r.value().applicationId()), r.line(), "applicationId", problem);
            refer(contacts, r.value().contactId(), r.line(), "contactId", problem);
        }
    }

    private static <T> Set<Long> ids(List<At<T>> all, Function<T, Long> id, String field, Problem problem) {
        Set<Long> ids = new HashSet<>();
        for (At<T> one : all) {
            if (!ids.add(id.apply(one.value()))) {
                throw problem.at(one.line(), field, Messages.text("exchange.json.repeatedId", id.apply(one.value())));
            }
        }
        return ids;
    }

    private static void refer(Set<Long> known, Optional<Long> id, int line, String field, Problem problem) {
        if (id.isPresent() && !known.contains(id.get())) {
            throw problem.at(line, field, Messages.text("exchange.json.unknownReference", field, id.get()));
        }
    }
}
