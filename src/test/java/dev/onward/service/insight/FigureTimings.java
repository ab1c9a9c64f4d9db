package dev.onward.service.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/** Times each dashboard figure on its own, to find the slow one. Used by DashboardBenchmark. */
public final class FigureTimings {
    private FigureTimings() {
    }

    /** Prints the time of each figure over {@code data}, best of {@code runs}. */
    public static void print(JournalData data, int runs) {
        LocalDate today = LocalDate.now();
        ZoneId zone = ZoneId.systemDefault();
        time("funnel", runs, () -> Funnel.of(data.applications(), data.kinds(), today));
        time("calibration", runs, () -> Calibration.of(data.applications(), data.kinds()));
        time("momentum", runs, () -> Momentum.gaps(data.applications(), zone, Optional.empty()));
        time("lastActivity", runs, () -> data.applications().stream().map(a -> a.lastActivity(zone)).count());
        time("onThisDay", runs, () -> new DaysSince(data.applications(), zone, today));
        time("everything", runs, () -> new DashboardFigures(data, today, zone).compute(InsightSettings.DEFAULT, ChartRange.ALL));
    }

    private static void time(String what, int runs, Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("  %-14s best %6.1f ms%n", what, best / 1e6);
    }
}
