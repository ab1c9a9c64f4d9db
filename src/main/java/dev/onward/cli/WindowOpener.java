package dev.onward.cli;

import java.nio.file.Path;

/** Opens the window on a data folder; the command line calls it when no command is given. */
@FunctionalInterface
public interface WindowOpener {

    /** What became of the request to open the window. */
    enum Result {
        /** A window now runs in this process. */
        OPENED,
        /** Onward was already open on that folder and came to the front. */
        HANDED_OVER,
        /** Onward is open on that folder but could not be reached; nothing was opened. */
        REFUSED
    }

    /** Opens the window on {@code dataFolder}. */
    Result open(Path dataFolder);
}
