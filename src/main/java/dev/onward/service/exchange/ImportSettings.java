package dev.onward.service.exchange;

import java.util.List;
import java.util.Locale;
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

    /**
     * The headers the user matched that are not among {@code headers}, compared the way the
     * import matches them (any case, spaces around ignored), sorted.
     */
    public List<String> headersNotIn(List<String> headers) {
        List<String> present = headers.stream().map(ImportSettings::comparable).toList();
        return columns.keySet().stream().filter(h -> !present.contains(comparable(h))).sorted().toList();
    }

    private static String comparable(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    /** Nothing decided: detect everything. */
    public static ImportSettings detect() {
        return new ImportSettings(Map.of(), Optional.empty());
    }
}
