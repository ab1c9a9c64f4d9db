package dev.onward.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onward.service.search.SearchGroup;
import dev.onward.service.search.SearchKind;
import dev.onward.service.search.SearchResult;
import dev.onward.service.search.Snippet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchResultsJsonTest {

    @Test
    void write_groups_givesEveryFieldAndLeavesOutAbsentOnes() throws Exception {
        SearchResult stage = new SearchResult(SearchKind.STAGE, 12, Optional.of(3L), "Café \"Lumière\" \u2014 Designer",
                Optional.of("Team interview"), Optional.of(LocalDate.of(2026, 3, 19)),
                new Snippet("Met 田中 🚀", List.of(new Snippet.Mark(4, 6), new Snippet.Mark(7, 9))));
        SearchResult bare = new SearchResult(SearchKind.STAGE, 13, Optional.empty(), "Untitled", Optional.empty(),
                Optional.empty(), Snippet.plain("text"));
        String json = new SearchResultsJson().write("田中 \"x", List.of(new SearchGroup(SearchKind.STAGE, List.of(stage, bare), true)));

        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("田中 \"x", root.get("text").asText());
        JsonNode group = root.get("groups").get(0);
        assertEquals("stage", group.get("kind").asText());
        assertEquals("Stages", group.get("label").asText());
        assertEquals(true, group.get("more").asBoolean());
        JsonNode first = group.get("results").get(0);
        assertEquals(12, first.get("itemId").asLong());
        assertEquals(3, first.get("applicationId").asLong());
        assertEquals("Café \"Lumière\" \u2014 Designer", first.get("title").asText());
        assertEquals("Team interview", first.get("detail").asText());
        assertEquals("2026-03-19", first.get("day").asText());
        assertEquals("Met 田中 🚀", first.get("snippet").asText());
        assertEquals("🚀", first.get("snippet").asText().substring(first.get("marks").get(1).get("start").asInt(),
                first.get("marks").get(1).get("end").asInt()));
        JsonNode second = group.get("results").get(1);
        assertFalse(second.has("applicationId"));
        assertFalse(second.has("detail"));
        assertFalse(second.has("day"));
        assertEquals(0, second.get("marks").size());
    }
}
