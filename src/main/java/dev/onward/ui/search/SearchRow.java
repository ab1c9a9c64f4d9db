package dev.onward.ui.search;

import dev.onward.service.search.SearchResult;

/** One line of the search results: a group's heading, or a result under it. */
public sealed interface SearchRow {

    /**
     * The heading of a group of results of one kind.
     *
     * @param label the kind, in words ("Applications")
     * @param more whether more results of this kind exist than are shown
     */
    record Heading(String label, boolean more) implements SearchRow {
    }

    /**
     * One result.
     *
     * @param result what was found
     */
    record Hit(SearchResult result) implements SearchRow {
    }
}
