package dev.onward.service.exchange;

import java.util.Objects;

/**
 * One column of a spreadsheet and what the import takes it to hold.
 *
 * @param index the column's position, from 0
 * @param header the header as written in the file
 * @param field what it holds; {@link ColumnField#IGNORED} when the import leaves it alone
 * @param chosen whether the user chose it rather than the header matching it
 */
public record ColumnMatch(int index, String header, ColumnField field, boolean chosen) {
    /** Checks every part is present. */
    public ColumnMatch {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(field, "field");
    }
}
