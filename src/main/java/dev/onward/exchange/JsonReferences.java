package dev.onward.exchange;

import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.Stage;
import dev.onward.domain.StageKind;
import dev.onward.service.ImportFileException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks what no single value can: ids are not repeated, kind names are not repeated, and every
 * stage and outcome names a kind of stage the file holds.
 */
final class JsonReferences {
    private JsonReferences() {
    }

    /** Builds the exception for a problem on {@code line} (0 when unknown). */
    @FunctionalInterface
    interface Problem {
        ImportFileException at(int line, String field, String reason);
    }

    static void check(List<StageKind> kinds, List<Application> applications, List<Integer> lines, Problem problem) {
        Set<Long> kindIds = new HashSet<>();
        Set<String> kindNames = new HashSet<>();
        for (StageKind kind : kinds) {
            if (!kindIds.add(kind.id()) || !kindNames.add(kind.name().toLowerCase(Locale.ROOT))) {
                throw problem.at(0, "stageKinds", Messages.text("exchange.json.repeatedKind", kind.name()));
            }
        }
        Set<Long> applicationIds = new HashSet<>();
        Set<Long> stageIds = new HashSet<>();
        for (int i = 0; i < applications.size(); i++) {
            Application a = applications.get(i);
            int line = lines.get(i);
            if (!applicationIds.add(a.id())) {
                throw problem.at(line, "id", Messages.text("exchange.json.repeatedId", a.id()));
            }
            for (Stage stage : a.stages()) {
                if (!stageIds.add(stage.id())) {
                    throw problem.at(line, "stages", Messages.text("exchange.json.repeatedId", stage.id()));
                }
                if (!kindIds.contains(stage.details().kindId())) {
                    throw problem.at(line, "kindId", Messages.text("exchange.json.unknownKind", stage.details().kindId()));
                }
            }
            a.outcome().flatMap(o -> o.endedAtKindId()).filter(id -> !kindIds.contains(id)).ifPresent(id -> {
                throw problem.at(line, "endedAtKindId", Messages.text("exchange.json.unknownKind", id));
            });
        }
    }
}
