package dev.onward.bench;

import dev.onward.persistence.Database;
import dev.onward.persistence.applications.SqliteApplicationRepository;
import dev.onward.persistence.applications.SqliteStageKindRepository;
import dev.onward.persistence.lessons.SqliteLessonRepository;
import dev.onward.persistence.reflect.SqliteContactRepository;
import dev.onward.persistence.reflect.SqliteReflectionRepository;
import dev.onward.service.DataFolder;
import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.InsightService;
import dev.onward.service.insight.InsightSettings;
import dev.onward.service.insight.Insights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Times the whole dashboard (read the journal, compute every figure) on 10,000 generated
 * applications in a real journal file. Prints figures; never fails on time. Target: 300 ms.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.onward.bench.DashboardBenchmark}
 */
public final class DashboardBenchmark {
    private DashboardBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createTempDirectory("onward-bench");
        Path file = DataFolder.prepare(folder);
        Database.open(file).close();
        BenchJournal.fill(file, applications, 42);
        try (Database db = Database.open(file)) {
            InsightService insights = new InsightService(new SqliteApplicationRepository(db), new SqliteStageKindRepository(db),
                    new SqliteReflectionRepository(db), new SqliteLessonRepository(db), new SqliteContactRepository(db),
                    Clock.systemDefaultZone());
            long[] millis = new long[12];
            Insights last = null;
            for (int run = 0; run < millis.length; run++) {
                long start = System.nanoTime();
                last = insights.insights(InsightSettings.DEFAULT, ChartRange.ALL);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            long[] warm = Arrays.copyOfRange(millis, 4, millis.length);
            Arrays.sort(warm);
            dev.onward.service.insight.FigureTimings.print(new dev.onward.service.insight.JournalData(
                    new SqliteApplicationRepository(db).findAll(), new SqliteStageKindRepository(db).findAll(),
                    new SqliteReflectionRepository(db).findAll(), new SqliteLessonRepository(db).findAll(),
                    new SqliteContactRepository(db).findAll()), 15);
            System.out.printf("dashboard over %,d applications (%,d active, %,d lessons): first %d ms, warm median %d ms,"
                    + " warm max %d ms (target 300 ms)%n", last.applications(), last.active(), last.lessons(), millis[0],
                    warm[warm.length / 2], warm[warm.length - 1]);
        }
    }
}
