package dev.onward.service.search;

import dev.onward.domain.Messages;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Theme;
import dev.onward.service.StorageException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Search as you type over everything in the journal. Plain Java: the search window calls it on a
 * background thread as the user types, the command line calls it once.
 */
public final class SearchService {
    /** How many results of each kind a search shows unless asked otherwise. */
    public static final int RESULTS_PER_KIND = 20;

    private final SearchIndex index;

    /** Creates the service over the journal's search index. */
    public SearchService(SearchIndex index) {
        this.index = index;
    }

    /** {@link #search(String, int)} with {@link #RESULTS_PER_KIND} of each kind. */
    public List<SearchGroup> search(String text) {
        return search(text, RESULTS_PER_KIND);
    }

    /**
     * The items matching {@code text}, grouped by kind in {@link SearchKind} order, best first
     * within a group, at most {@code perKind} in each. Any text is accepted: quotes, operators
     * and SQL are searched as text; blank text finds nothing. Groups with no result are left out.
     *
     * @throws StorageException when the journal cannot be read
     */
    public List<SearchGroup> search(String text, int perKind) {
        if (text == null || text.isBlank() || perKind < 1) {
            return List.of();
        }
        Map<SearchKind, List<SearchResult>> byKind = new EnumMap<>(SearchKind.class);
        for (SearchHit hit : index.find(text, perKind + 1)) {
            byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(result(hit));
        }
        List<SearchGroup> groups = new ArrayList<>();
        byKind.forEach((kind, results) -> groups.add(results.size() > perKind
                ? new SearchGroup(kind, results.subList(0, perKind), true)
                : new SearchGroup(kind, results, false)));
        return List.copyOf(groups);
    }

    private static SearchResult result(SearchHit hit) {
        return new SearchResult(hit.kind(), hit.itemId(), hit.applicationId(), title(hit), detail(hit), hit.day(),
                hit.snippet());
    }

    private static String title(SearchHit hit) {
        if (hit.company().isPresent() && hit.role().isPresent()) {
            return Messages.text("search.title", hit.company().get(), hit.role().get());
        }
        if (hit.kind() == SearchKind.LESSON) {
            return hit.heading().map(SearchService::themeLabel).orElse(hit.kind().label());
        }
        return hit.heading().orElse(hit.kind().label());
    }

    /** Which part of the application it is: a stage's kind, how it ended, a lesson's theme. */
    private static Optional<String> detail(SearchHit hit) {
        if (hit.applicationId().isEmpty()) {
            return Optional.empty();
        }
        return switch (hit.kind()) {
            case STAGE -> hit.heading();
            case OUTCOME -> hit.heading().map(SearchService::outcomeLabel);
            case LESSON -> hit.heading().map(SearchService::themeLabel);
            default -> Optional.empty();
        };
    }

    private static String themeLabel(String key) {
        try {
            return Theme.valueOf(key.toUpperCase(Locale.ROOT)).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private static String outcomeLabel(String key) {
        try {
            return OutcomeKind.valueOf(key.toUpperCase(Locale.ROOT)).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
