package dev.onward.service.insight;

import dev.onward.domain.Application;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The funnel by furthest stage reached: a rejection after a final round counts as a final round.
 * An application with no stage logged yet counts at the first kind (applied).
 */
final class Funnel {
    private Funnel() {
    }

    static List<FunnelLevel> of(List<Application> applications, List<StageKind> kinds, LocalDate today) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        int[][] ended = new int[kinds.size()][Status.values().length];
        for (Application a : applications) {
            StageKind furthest = a.furthestStage(kinds, today).orElse(kinds.get(0));
            ended[kinds.indexOf(furthest)][a.status().ordinal()]++;
        }
        List<FunnelLevel> levels = new ArrayList<>();
        int reachedFromHere = 0;
        int[] atLeast = new int[kinds.size()];
        for (int i = kinds.size() - 1; i >= 0; i--) {
            for (int count : ended[i]) {
                reachedFromHere += count;
            }
            atLeast[i] = reachedFromHere;
        }
        for (int i = 0; i < kinds.size(); i++) {
            int[] e = ended[i];
            levels.add(new FunnelLevel(kinds.get(i).name(), atLeast[i], e[Status.OFFER.ordinal()],
                    e[Status.REJECTED.ordinal()], e[Status.GHOSTED.ordinal()], e[Status.WITHDREW.ordinal()],
                    e[Status.ACTIVE.ordinal()]));
        }
        return levels;
    }
}
