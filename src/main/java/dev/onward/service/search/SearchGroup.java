package dev.onward.service.search;

import java.util.List;
import java.util.Objects;

/**
 * The results of one kind, best first.
 *
 * @param kind the kind of every result in the group
 * @param results at most the limit asked for
 * @param more whether more items of this kind matched than are listed
 */
public record SearchGroup(SearchKind kind, List<SearchResult> results, boolean more) {
    /** Copies the results unmodifiable. */
    public SearchGroup {
        Objects.requireNonNull(kind, "kind");
        results = List.copyOf(results);
    }
}
