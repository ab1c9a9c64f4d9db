package dev.onward.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For the start-up benchmark only: with {@code ONWARD_STARTUP_PROBE} set in the environment, says
 * on stderr, once each, when start-up reaches its steps ({@code onward-startup step NAME MS}: the
 * window shown, its first frame drawn, the window filled, the journal open, the first screen built
 * and its data read) and when the first screen shows the journal's data. Otherwise it does nothing.
 */
public final class StartupProbe {
    /** The line the benchmark waits for. */
    public static final String LINE = "onward-startup journal-shown";
    private static final String STEP = "onward-startup step ";

    private final boolean enabled;
    private final Set<String> said = ConcurrentHashMap.newKeySet();

    private StartupProbe(boolean enabled) {
        this.enabled = enabled;
    }

    /** A probe that is on when the environment asks for it. */
    public static StartupProbe fromEnvironment() {
        return new StartupProbe(System.getenv("ONWARD_STARTUP_PROBE") != null);
    }

    /**
     * Says, the first time only, that start-up reached {@code step}, with the milliseconds since
     * the process started (to the 10 ms the system keeps).
     */
    public void reached(String step) {
        if (enabled && said.add(step)) {
            System.err.println(STEP + step + " " + millisSinceStart());
        }
    }

    /**
     * Milliseconds since the process started. On Linux from {@code /proc} (the process's start and
     * the system's uptime, both in 10 ms ticks); elsewhere from {@link ProcessHandle}, whose start
     * time can be a second off.
     */
    private static long millisSinceStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startSeconds = Long.parseLong(fields[19]) / 100.0;
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round((uptimeSeconds - startSeconds) * 1000);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        }
    }

    /** Says, the first time only, that a screen now shows {@code items} things from the journal. */
    public void journalShown(int items) {
        if (enabled && said.add(LINE)) {
            reached("journal-shown");
            System.err.println(LINE + " " + items);
        }
    }
}
