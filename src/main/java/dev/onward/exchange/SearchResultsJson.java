package dev.onward.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onward.service.search.SearchGroup;
import dev.onward.service.search.SearchResult;
import dev.onward.service.search.Snippet;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Search results as JSON, for {@code onward search --json}:
 * {@code {"text": "...", "groups": [{"kind", "label", "more", "results": [{"kind", "itemId",
 * "applicationId", "title", "detail", "day", "snippet", "marks": [{"start", "end"}]}]}]}}.
 * Absent values are left out; marks are char offsets (UTF-16) into {@code snippet}, end exclusive.
 */
public final class SearchResultsJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** The JSON text for the results of searching {@code text}, pretty-printed. */
    public String write(String text, List<SearchGroup> groups) {
        ObjectNode root = mapper.createObjectNode();
        root.put("text", text);
        ArrayNode groupNodes = root.putArray("groups");
        for (SearchGroup group : groups) {
            ObjectNode node = groupNodes.addObject();
            node.put("kind", group.kind().key());
            node.put("label", group.kind().label());
            node.put("more", group.more());
            ArrayNode results = node.putArray("results");
            group.results().forEach(result -> write(results.addObject(), result));
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ObjectNode node, SearchResult result) {
        node.put("kind", result.kind().key());
        node.put("itemId", result.itemId());
        result.applicationId().ifPresent(id -> node.put("applicationId", id));
        node.put("title", result.title());
        result.detail().ifPresent(detail -> node.put("detail", detail));
        result.day().ifPresent(day -> node.put("day", day.toString()));
        node.put("snippet", result.snippet().text());
        ArrayNode marks = node.putArray("marks");
        for (Snippet.Mark mark : result.snippet().marks()) {
            marks.addObject().put("start", mark.start()).put("end", mark.end());
        }
    }
}
