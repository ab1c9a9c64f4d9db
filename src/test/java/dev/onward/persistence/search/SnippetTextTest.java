package dev.onward.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.service.search.Snippet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SnippetTextTest {

    static Stream<Arguments> items() {
        return Stream.of(
                // title, body, typed text, snippet with marks in brackets
                Arguments.of("Acme Rockets\nJunior Developer", "", "acme", "[Acme] Rockets Junior Developer"),
                Arguments.of("", "Sent my Résumé today", "resume", "Sent my [Résumé] today"),
                Arguments.of("", "Sent my Re\u0301sume\u0301 today", "RESUME", "Sent my [Re\u0301sume\u0301] today"),
                Arguments.of("", "The interview and the interviewer", "interv", "The [interview] and the [interviewer]"),
                Arguments.of("", "final round, then round final", "\"final round\"", "[final round], then round final"),
                Arguments.of("", "final round", "\"final rou", "[final round]"),
                Arguments.of("", "the finalist", "\"final\"", "the finalist"),
                Arguments.of("", "東京本社で面接", "面接", "東京本社で[面接]"),
                Arguments.of("", "東京本社で面接", "東京本社", "[東京本社]で面接"),
                Arguments.of("", "launch 🚀 now", "🚀", "launch [🚀] now"),
                Arguments.of("", "Good at C++", "c++", "Good at [C][++]"),
                Arguments.of("", "50% raise", "50%", "[50]% raise"),
                Arguments.of("Priya", "Met Priya and Sam\nat noon", "priya sam", "Met [Priya] and [Sam] at noon"),
                Arguments.of("Priya", "Met Sam", "priya", "[Priya]"),
                Arguments.of("Nothing here", "", "zzz", "Nothing here"));
    }

    @ParameterizedTest(name = "[{index}] {2} in {1}")
    @MethodSource("items")
    void cut_item_marksWhatMatchedOnOneLine(String title, String body, String typed, String expected) {
        assertEquals(expected, SnippetText.cut(title, body, Fts5Query.of(typed)).marked("[", "]"));
    }

    @Test
    void cut_longText_showsAWindowAroundTheMatchWithEllipses() {
        String body = "word ".repeat(100) + "needle" + " tail".repeat(100);
        Snippet snippet = SnippetText.cut("", body, Fts5Query.of("needle"));
        assertTrue(snippet.text().startsWith("\u2026word"), snippet.text());
        assertTrue(snippet.text().endsWith("\u2026"), snippet.text());
        assertTrue(snippet.text().length() <= SnippetText.WIDTH + 2, snippet.text());
        assertEquals(java.util.List.of("needle"), snippet.matches());
    }

    @Test
    void cut_windowPrefersTheStretchWithTheMostDifferentWords() {
        String body = "alpha " + "filler ".repeat(40) + "alpha beta gamma";
        Snippet snippet = SnippetText.cut("", body, Fts5Query.of("alpha beta gamma"));
        assertEquals(java.util.List.of("alpha", "beta", "gamma"), snippet.matches());
    }

    @Test
    void cut_matchCutByTheWindowEdge_isNotMarkedHalfway() {
        String body = "x" + "東京".repeat(100);
        Snippet snippet = SnippetText.cut("", body, Fts5Query.of("東京"));
        assertTrue(snippet.matches().stream().allMatch("東京"::equals), snippet.matches().toString());
    }

    @Test
    void cut_emojiAtTheWindowEdge_isNeverSplitInHalf() {
        String body = "x".repeat(200) + " 🚀🚀🚀 " + "y".repeat(200);
        String text = SnippetText.cut("", body, Fts5Query.of("🚀")).text();
        assertTrue(text.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)), text);
    }
}
