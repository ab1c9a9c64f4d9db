package dev.onward.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts an app image's launcher once on the X display in {@code DISPLAY}, waits for its window
 * (looking with {@code xdotool search --onlyvisible --name} every 20 ms), reads its CPU time and resident memory
 * from {@code /proc}, and stops it. With {@code ONWARD_STARTUP_PROBE=1} Onward prints
 * {@code onward-startup journal-shown} on stderr when the applications table holds the journal;
 * the time of that line is kept too.
 */
final class LaunchTimer {
    /** The line Onward prints under the probe when the first screen shows the journal. */
    static final String JOURNAL_SHOWN = "onward-startup journal-shown";
    private static final long POLL_MILLIS = 20;
    private static final long GIVE_UP_MILLIS = 60_000;
    private static final long SETTLE_MILLIS = 1500;
    private static final long TICK_MILLIS = 10;
    private static final int LINES_KEPT = 6;

    private LaunchTimer() {
    }

    /**
     * Starts {@code launcher} with {@code args} and waits for a window titled {@code title}; with
     * {@code probe}, also up to ten seconds for the probe line.
     */
    static Launch launch(Path launcher, String title, List<String> args, boolean probe) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("ONWARD_STARTUP_PROBE", "1");
        long start = System.nanoTime();
        Process process = builder.start();
        Deque<String> lastLines = new ConcurrentLinkedDeque<>();
        CompletableFuture<Long> journal = watchForJournal(process, start, lastLines);
        try {
            long window;
            try {
                window = waitForWindow(process, title, start);
            } catch (IOException e) {
                throw withLastLines(e, journal, lastLines);
            }
            long cpu = cpuMillis(process.pid());
            OptionalLong journalMillis = OptionalLong.empty();
            try {
                if (probe) {
                    journalMillis = OptionalLong.of(journal.get(10, TimeUnit.SECONDS));
                }
            } catch (TimeoutException | ExecutionException e) {
                // the app does not print the probe line: only the window is timed
            }
            return new Launch(window, journalMillis, cpu, afterSettling(() -> rssKib(process.pid())));
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Asks X every {@code POLL_MILLIS} whether the window is mapped (xdotool cannot be told when:
     * another process's window can only be looked for) and waits on the answer, not on a clock.
     */
    private static long waitForWindow(Process process, String title, long start) throws IOException, InterruptedException {
        CompletableFuture<Long> mapped = new CompletableFuture<>();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        try {
            poller.scheduleWithFixedDelay(() -> lookForWindow(process, title, start, mapped), 0, POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
            return mapped.get(GIVE_UP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no window titled " + title + " after " + GIVE_UP_MILLIS + " ms", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            poller.shutdownNow();
        }
    }

    private static void lookForWindow(Process process, String title, long start, CompletableFuture<Long> mapped) {
        try {
            Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (search.waitFor() == 0) {
                mapped.complete((System.nanoTime() - start) / 1_000_000);
            } else if (!process.isAlive()) {
                mapped.completeExceptionally(new IOException("the app ended before showing a window (exit "
                        + process.exitValue() + ")"));
            }
        } catch (IOException e) {
            mapped.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code reading} taken {@code SETTLE_MILLIS} from now, when start-up's allocations have settled. */
    private static long afterSettling(Callable<Long> reading) throws IOException, InterruptedException {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            return timer.schedule(reading, SETTLE_MILLIS, TimeUnit.MILLISECONDS).get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            timer.shutdownNow();
        }
    }

    /**
     * {@code failure} with the last lines the app wrote on stderr (once they have all been read),
     * so that a launch that ended early says why: a display refused, a journal locked.
     */
    private static IOException withLastLines(IOException failure, CompletableFuture<Long> journal, Deque<String> lastLines)
            throws InterruptedException {
        try {
            journal.get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the stream ended without the probe line, or the app is still writing: show what is there
        }
        return lastLines.isEmpty() ? failure
                : new IOException(failure.getMessage() + "; its stderr ended with: " + String.join(" | ", lastLines), failure);
    }

    private static CompletableFuture<Long> watchForJournal(Process process, long start, Deque<String> lastLines) {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    lastLines.addLast(line);
                    if (lastLines.size() > LINES_KEPT) {
                        lastLines.removeFirst();
                    }
                    if (line.startsWith(JOURNAL_SHOWN) && !shown.isDone()) {
                        shown.complete((System.nanoTime() - start) / 1_000_000);
                    }
                }
            } catch (IOException e) {
                shown.completeExceptionally(e);
            }
            shown.completeExceptionally(new IOException("no probe line"));
        }, "probe-reader");
        reader.setDaemon(true);
        reader.start();
        return shown;
    }

    /** User plus system CPU time from {@code /proc/PID/stat} (fields 14 and 15, in ticks). */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MILLIS;
    }

    private static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
