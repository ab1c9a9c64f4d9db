package dev.onward.ui;

/**
 * For the start-up benchmark only: with {@code ONWARD_STARTUP_PROBE} set in the environment, says
 * on stderr, once, when the first screen shows the journal's data. Otherwise it does nothing.
 */
public final class StartupProbe {
    /** The line the benchmark waits for. */
    public static final String LINE = "onward-startup journal-shown";

    private final boolean enabled;
    private boolean said;

    private StartupProbe(boolean enabled) {
        this.enabled = enabled;
    }

    /** A probe that is on when the environment asks for it. */
    public static StartupProbe fromEnvironment() {
        return new StartupProbe(System.getenv("ONWARD_STARTUP_PROBE") != null);
    }

    /** Says, the first time only, that a screen now shows {@code items} things from the journal. */
    public void journalShown(int items) {
        if (enabled && !said) {
            said = true;
            System.err.println(LINE + " " + items);
        }
    }
}
