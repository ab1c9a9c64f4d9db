package dev.onward.bench;

import dev.onward.domain.ApplicationDetails;
import dev.onward.persistence.Database;
import dev.onward.persistence.applications.SqliteApplicationRepository;
import dev.onward.persistence.search.SqliteSearchIndex;
import dev.onward.service.DataFolder;
import dev.onward.service.search.SearchService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How fast search is on a decade of heavy use: writes a V1 journal of 10,000 applications with
 * 100,000 texts, times the migrations (V3 builds the search index), prints the index's size, then
 * times 200 queries as a person types them (every prefix of 25 searches, mixed languages) through
 * {@link SearchService}, and prints p50, p95 and max of each query's median of five runs. Not a
 * test: it fails on nothing.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.onward.bench.SearchBenchmark
 * -Dexec.classpathScope=test} (optionally {@code -Dexec.args=FOLDER} to keep the journal).
 */
public final class SearchBenchmark {
    private static final int APPLICATIONS = 10_000;
    private static final int QUERIES = 200;
    /** Each query is timed this many times (in turn with the others) and its median kept, to damp noise. */
    private static final int ROUNDS = 5;
    private static final int WRITES = 50;
    private static final String[] SEARCHES = {"interview", "salary", "munchen", "resume", "final round",
        "\"final round\"", "acme rockets", "recruiter", "entretien", "vorstellungsgesprach", "東京本社", "面接",
        "🚀", "feedback", "take-home", "negotiation", "lyon", "equipe", "qualified candidate", "kubernetes",
        "onsite", "zurich", "経験", "relocation visa", "thank-you email"};

    private SearchBenchmark() {
    }

    /** Runs the benchmark in {@code args[0]}, or in a new temporary folder. */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("onward-bench");
        Path file = DataFolder.prepare(folder);
        Files.deleteIfExists(file);
        SampleJournal sample = new SampleJournal();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SampleJournal.createVersionOne(c);
            sample.write(c, APPLICATIONS);
        }
        System.out.printf(Locale.ROOT, "V1 journal: %,d applications, %,d texts + %,d outcome messages, %,d characters"
                + " (%.0f a text), %.1f MiB, written in %.1f s%n", APPLICATIONS, sample.texts() - sample.messages(),
                sample.messages(), sample.characters(), (double) sample.characters() / sample.texts(),
                mib(Files.size(file)), seconds(start));
        start = System.nanoTime();
        try (Database database = Database.open(file)) {
            System.out.printf(Locale.ROOT, "Index build (migrations V2 and V3 on open): %.1f s%n", seconds(start));
            printSizes(file);
            time(new SearchService(new SqliteSearchIndex(database)));
            timeWrites(new SqliteApplicationRepository(database));
        }
    }

    /** What the triggers add to a save: an application with long notes, each in its own synced transaction. */
    private static void timeWrites(SqliteApplicationRepository applications) {
        String notes = "Second call with the hiring manager about the platform team, salary band and remote days. ".repeat(6);
        long[] nanos = new long[WRITES];
        for (int i = 0; i < WRITES; i++) {
            long start = System.nanoTime();
            applications.add(new ApplicationDetails("Benchmark " + i, "Engineer", Optional.of("Lyon"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(notes)), Instant.now());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "Saving an application with %d characters of notes (index kept by triggers,"
                + " synchronous=FULL): median %.1f ms of %d%n", notes.length(), ms(nanos[WRITES / 2]), WRITES);
    }

    private static void time(SearchService search) throws java.io.IOException {
        List<String> queries = typedPrefixes();
        queries.forEach(search::search);
        long[][] runs = new long[queries.size()][ROUNDS];
        long[][] cpuRuns = new long[queries.size()][ROUNDS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < queries.size(); i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                found += search.search(queries.get(i)).isEmpty() || round > 0 ? 0 : 1;
                runs[i][round] = System.nanoTime() - start;
                cpuRuns[i][round] = threads.getCurrentThreadCpuTime() - cpu;
            }
        }
        long[] nanos = medians(runs);
        System.out.println("Load average while timing (2 cores): " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf(Locale.ROOT, "%d typed-prefix queries (%d with results), median of %d runs each:%n",
                queries.size(), found, ROUNDS);
        print("  wall clock", nanos);
        print("  CPU time of the searching thread (what the wall clock would be on an idle machine)", medians(cpuRuns));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nanos.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(nanos[b], nanos[a]));
        System.out.print("Slowest:");
        order.stream().limit(8).forEach(i -> System.out.printf(Locale.ROOT, " [%s] %.1f ms;", queries.get(i), ms(nanos[i])));
        System.out.println();
    }

    private static long[] medians(long[][] runs) {
        long[] medians = new long[runs.length];
        for (int i = 0; i < runs.length; i++) {
            long[] sorted = runs[i].clone();
            Arrays.sort(sorted);
            medians[i] = sorted[sorted.length / 2];
        }
        return medians;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]));
    }

    /** Every prefix of each search, as typed one character at a time, until there are {@link #QUERIES}. */
    static List<String> typedPrefixes() {
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            for (String search : SEARCHES) {
                for (int end = 0; end < search.length() && queries.size() < QUERIES; ) {
                    end += Character.charCount(search.codePointAt(end));
                    queries.add(search.substring(0, end));
                }
            }
        }
        return queries;
    }

    private static void printSizes(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sum(pgsize) FILTER (WHERE name LIKE 'search%'), sum(pgsize) FROM dbstat")) {
            r.next();
            System.out.printf(Locale.ROOT, "Search tables and indexes: %.1f MiB of %.1f MiB%n", mib(r.getLong(1)), mib(r.getLong(2)));
        } catch (java.sql.SQLException e) {
            System.out.printf(Locale.ROOT, "Journal file with index: %.1f MiB (dbstat unavailable)%n", mib(Files.size(file)));
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
