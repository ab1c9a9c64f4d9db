package dev.onward.bench;

import java.util.OptionalLong;

/**
 * What one start of an app image measured.
 *
 * @param windowMillis from starting the launcher until its window was mapped
 * @param journalMillis until the app said its first screen showed the journal, when it says so
 * @param cpuMillis the CPU time the process had used when its window was mapped
 * @param rssKib its resident memory a moment after start
 */
record Launch(long windowMillis, OptionalLong journalMillis, long cpuMillis, long rssKib) {
}
