package dev.onward.ui.data;

/**
 * One problem of an import as the preview lists it.
 *
 * @param text where it is and what to do, e.g. "Line 8, “Applied”: the date … does not exist."
 * @param blocking whether it stops the import until it is corrected
 */
public record ProblemLine(String text, boolean blocking) {
}
