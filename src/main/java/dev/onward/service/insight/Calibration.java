package dev.onward.service.insight;

import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Stage;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calibration: per kind of stage, the user's own rating (1–5) against whether the application went
 * further. A stage led further when a later kind of stage followed it or an offer came; it did not
 * when the application ended otherwise with nothing further. Active and withdrawn applications with
 * nothing further yet are left out: their result is not known.
 */
final class Calibration {
    /** How far the rate of going further may stray from what the ratings suggest before it is worth a sentence. */
    static final double GAP = 0.2;

    private Calibration() {
    }

    static List<CalibrationRow> of(List<Application> applications, List<StageKind> kinds) {
        Map<Long, StageKind> byId = kinds.stream().collect(Collectors.toMap(StageKind::id, Function.identity()));
        Map<StageKind, List<int[]>> results = new LinkedHashMap<>();
        kinds.forEach(k -> results.put(k, new ArrayList<>()));
        for (Application a : applications) {
            for (Stage stage : a.stages()) {
                StageKind kind = byId.get(stage.details().kindId());
                if (kind == null || stage.details().howItWent().isEmpty()) {
                    continue;
                }
                wentFurther(a, stage, kind, byId).ifPresent(further -> results.get(kind)
                        .add(new int[] {stage.details().howItWent().get().value(), further ? 1 : 0}));
            }
        }
        List<CalibrationRow> rows = new ArrayList<>();
        results.forEach((kind, list) -> {
            if (!list.isEmpty()) {
                rows.add(row(kind.name(), list));
            }
        });
        return rows;
    }

    private static Optional<Boolean> wentFurther(Application a, Stage stage, StageKind kind, Map<Long, StageKind> byId) {
        boolean laterStage = a.stages().stream().anyMatch(other -> !other.details().date().isBefore(stage.details().date())
                && byId.containsKey(other.details().kindId())
                && byId.get(other.details().kindId()).position() > kind.position());
        if (laterStage || a.outcome().map(o -> o.kind() == OutcomeKind.OFFER).orElse(false)) {
            return Optional.of(true);
        }
        if (a.status() == Status.REJECTED || a.status() == Status.GHOSTED) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static CalibrationRow row(String stage, List<int[]> results) {
        int rated = results.size();
        int advanced = (int) results.stream().filter(r -> r[1] == 1).count();
        double average = results.stream().mapToInt(r -> r[0]).average().orElse(0);
        Optional<String> sentence = Optional.empty();
        if (rated >= CalibrationRow.ENOUGH) {
            double expected = (average - 1) / 4.0;
            double actual = (double) advanced / rated;
            String key = actual - expected >= GAP ? "insight.calibration.lower"
                    : expected - actual >= GAP ? "insight.calibration.higher" : "insight.calibration.matches";
            sentence = Optional.of(Messages.text(key, Messages.midSentence(stage), advanced, rated, average));
        }
        return new CalibrationRow(stage, rated, advanced, average, sentence);
    }
}
