package dev.onward.service.search;

import dev.onward.service.StorageException;
import java.util.List;

/**
 * The full-text index over everything the user has written. Persistence implements it; it turns
 * any text a user may type into a safe query, so no input is an error.
 */
public interface SearchIndex {

    /**
     * The items matching {@code text}: every word required (a prefix while typing), a phrase in
     * double quotes, case and accents ignored, CJK and emoji found as substrings. Grouped by kind in
     * {@link SearchKind} order, best match first within a kind (the most recent first among
     * equals), at most {@code perKind} of each kind. Empty when {@code text} holds nothing to look for.
     *
     * @throws StorageException when the journal cannot be read
     */
    List<SearchHit> find(String text, int perKind);
}
