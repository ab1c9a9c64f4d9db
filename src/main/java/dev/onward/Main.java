package dev.onward;

/** Entry point; parses the command line. (Filled in by the walking skeleton.) */
public final class Main {
    private Main() {
    }

    /** Starts Onward. */
    public static void main(String[] args) {
        // wired in the next commits
    }
}
