package dev.onward.service;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user has decided about a spreadsheet import; everything left open is detected.
 *
 * @param columns headers (as written in the file, any case) the user has matched to a field
 * @param dayOrder how to read dates like 03/04/2026, when the user has said
 */
public record ImportSettings(Map<String, ColumnField> columns, Optional<DayOrder> dayOrder) {
    /** Copies the matches. */
    public ImportSettings {
        columns = Map.copyOf(columns);
        Objects.requireNonNull(dayOrder, "dayOrder");
    }

    /** Nothing decided: detect everything. */
    public static ImportSettings detect() {
        return new ImportSettings(Map.of(), Optional.empty());
    }
}
