package dev.onward.service;

import java.util.Locale;

/**
 * Tells a full disk from other failures, so that the message says to free some space instead of
 * "try again", which would fail the same way.
 */
public final class DiskFull {
    private static final String[] SIGNS = {
        "no space left on device", // Linux, macOS (ENOSPC)
        "not enough space on the disk", // Windows
        "database or disk is full", // SQLite (SQLITE_FULL)
        "sqlite_full",
        "disk quota exceeded" // EDQUOT
    };

    private DiskFull() {
    }

    /** Whether {@code failure}, or any of its causes, says the disk (or the user's quota) is full. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String sign : SIGNS) {
                if (message.contains(sign)) {
                    return true;
                }
            }
        }
        return false;
    }
}
