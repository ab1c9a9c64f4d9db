package dev.onward.bench;

import dev.onward.instance.WindowPlacement;
import dev.onward.persistence.Database;
import dev.onward.service.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * Start-up of the app image, launch to first visible window, median of five, for (a) Onward on
 * an empty journal, (b) the floor: an empty JavaFX window packaged the same way, (c) Onward on a
 * journal of 10,000 applications left on the Applications screen, until the table shows them, and
 * (d) the same journal opening on Today, with resident memory after start. Runs the three in turn so
 * that a busy machine slows them alike. Prints figures; never fails on time. See
 * docs/benchmarks.md.
 *
 * <p>Run, after {@code ./mvnw -Ppackage package}:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.onward.bench.StartupBenchmark}
 * (arguments: the image folder, default {@code target/app/Onward}; the number of runs, default 5).
 */
public final class StartupBenchmark {
    private static final String ONWARD_TITLE = "Onward";
    private static final String A = "(a) Onward, empty journal";
    private static final String B = "(b) floor: empty JavaFX window";
    private static final String C = "(c) 10,000 applications, the table";
    private static final String D = "(d) 10,000 applications, Today";

    private StartupBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path image = Path.of(args.length > 0 ? args[0] : "target/app/Onward").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path onward = image.resolve("bin/Onward");
        if (!Files.isExecutable(onward)) {
            throw new IOException("No app image at " + image + ": build it first with ./mvnw -Ppackage package");
        }
        if (System.getenv("DISPLAY") == null) {
            throw new IOException("No DISPLAY: run under xvfb-run -a -s \"-screen 0 1280x800x24\"");
        }
        Path work = Files.createTempDirectory("onward-startup");
        Path floor = FloorImage.build(image, packagingJdk(), work.resolve("floor"),
                Path.of("src/main/packaging/linux/aot-train.sh"), Path.of("src/main/packaging/linux/launcher.sh"));
        Path empty = journal(work.resolve("empty"), 0);
        Path full = journal(work.resolve("full"), 10_000);
        Path fullToday = copy(full, work.resolve("full-today"));
        // (c) is timed until the table shows the applications: this journal was left on that screen.
        new WindowPlacement(0, 0, 1280, 800, false, "applications").save(full);

        Map<String, List<Launch>> results = new LinkedHashMap<>();
        results.put(A, new ArrayList<>());
        results.put(B, new ArrayList<>());
        results.put(C, new ArrayList<>());
        results.put(D, new ArrayList<>());
        boolean probe = true;
        for (int run = -1; run < runs; run++) {
            Launch a = LaunchTimer.launch(onward, ONWARD_TITLE, List.of("--data-dir", empty.toString()), probe);
            probe = a.journalMillis().isPresent(); // an app without the probe is not waited for again
            Launch b = LaunchTimer.launch(floor, FloorWindow.TITLE, List.of(), false);
            Launch c = LaunchTimer.launch(onward, ONWARD_TITLE, List.of("--data-dir", full.toString()), probe);
            Launch d = LaunchTimer.launch(onward, ONWARD_TITLE, List.of("--data-dir", fullToday.toString()), probe);
            if (run >= 0) { // the first round only warms the file cache (and makes the day's snapshots)
                results.get(A).add(a);
                results.get(B).add(b);
                results.get(C).add(c);
                results.get(D).add(d);
            }
        }
        print(image, runs, results);
    }

    private static Path packagingJdk() {
        String jdk = System.getenv("ONWARD_PACKAGE_JDK");
        return Path.of(jdk != null && !jdk.isBlank() ? jdk : System.getProperty("java.home"));
    }

    private static Path journal(Path folder, int applications) throws Exception {
        Path file = DataFolder.prepare(folder);
        Database.open(file).close();
        if (applications > 0) {
            BenchJournal.fill(file, applications, 42);
        }
        return folder;
    }

    private static Path copy(Path journalFolder, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(journalFolder.resolve(DataFolder.JOURNAL_FILE), to.resolve(DataFolder.JOURNAL_FILE));
        return to;
    }

    private static void print(Path image, int runs, Map<String, List<Launch>> results) throws IOException {
        System.out.printf("Start-up of %s, median of %d (min-max), launch to window mapped%n", image, runs);
        System.out.printf("runtime: %s; load average now: %s%n", runtimeVersion(image),
                Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf("%-34s %14s %16s %10s %9s%n", "", "window ms", "journal shown ms", "CPU ms", "RSS MiB");
        for (Map.Entry<String, List<Launch>> row : results.entrySet()) {
            List<Launch> launches = row.getValue();
            List<Long> journal = launches.stream().map(Launch::journalMillis).filter(OptionalLong::isPresent)
                    .map(OptionalLong::getAsLong).toList();
            String shown = row.getKey().startsWith("(b)") ? "-" : journal.size() == launches.size()
                    ? span(journal.stream().mapToLong(Long::longValue).toArray()) : "no probe (1)";
            System.out.printf("%-34s %14s %16s %10d %9d%n", row.getKey(), span(values(launches, Launch::windowMillis)), shown,
                    median(values(launches, Launch::cpuMillis)), median(values(launches, Launch::rssKib)) / 1024);
        }
        long a = median(values(results.get(A), Launch::windowMillis));
        long b = median(values(results.get(B), Launch::windowMillis));
        System.out.printf("(a) / (b) = %.2f (target at most 1.15)%n", (double) a / b);
        if (results.get(A).stream().anyMatch(l -> l.journalMillis().isEmpty())) {
            System.out.println("(1) the app did not print '" + LaunchTimer.JOURNAL_SHOWN + "' with ONWARD_STARTUP_PROBE=1");
        }
    }

    private static String runtimeVersion(Path image) throws IOException {
        return Files.readAllLines(image.resolve("lib/runtime/release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElse("unknown")
                + (Files.exists(image.resolve("lib/app/onward.aot")) ? " with AOT cache" : " without AOT cache");
    }

    private static long[] values(List<Launch> launches, ToLongFunction<Launch> value) {
        return launches.stream().mapToLong(value).toArray();
    }

    private static String span(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return median(sorted) + " (" + sorted[0] + "-" + sorted[sorted.length - 1] + ")";
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
