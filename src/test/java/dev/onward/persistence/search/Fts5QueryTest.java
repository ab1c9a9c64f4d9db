package dev.onward.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Fts5QueryTest {

    static Stream<Arguments> typedText() {
        return Stream.of(
                // typed text, words match, grams, short substrings
                row("", "", List.of(), List.of()),
                row("   \t\n ", "", List.of(), List.of()),
                row("interv", "\"interv\"*", List.of(), List.of()),
                row("Acme rockets", "\"Acme\"* \"rockets\"*", List.of(), List.of()),
                row("  acme   acme ", "\"acme\"*", List.of(), List.of()),
                row("Résumé", "\"Résumé\"*", List.of(), List.of()),
                row("Re\u0301sume\u0301", "\"Résumé\"*", List.of(), List.of()),
                row("München", "\"München\"*", List.of(), List.of()),
                row("\"final round\"", "\"final round\"", List.of(), List.of()),
                row("\"final rou", "\"final rou\"*", List.of(), List.of()),
                row("\u201cfinal round\u201d", "\"final round\"", List.of(), List.of()),
                row("acme \"final round\" notes", "\"acme\"* \"final round\" \"notes\"*", List.of(), List.of()),
                row("\"full-stack\"", "\"full stack\"", List.of(), List.of()),
                row("\"\"", "", List.of(), List.of()),
                row("\"", "", List.of(), List.of()),
                row("\"\"\"", "", List.of(), List.of()),
                row("\"*\"", "", List.of(), List.of("*")),
                row("\" \"  \"", "", List.of(), List.of()),
                row("*", "", List.of(), List.of("*")),
                row("-", "", List.of(), List.of("-")),
                row("--", "", List.of(), List.of("--")),
                row("(", "", List.of(), List.of("(")),
                row("-remote", "\"remote\"*", List.of(), List.of()),
                row("(final", "\"final\"*", List.of(), List.of()),
                row("a:b", "\"a\"* \"b\"*", List.of(), List.of()),
                row("{title}: acme", "\"title\"* \"acme\"*", List.of(), List.of()),
                row("NEAR", "\"NEAR\"*", List.of(), List.of()),
                row("NEAR(acme rockets, 2)", "\"NEAR\"* \"acme\"* \"rockets\"* \"2\"*", List.of(), List.of()),
                row("acme AND rockets", "\"acme\"* \"AND\"* \"rockets\"*", List.of(), List.of()),
                row("acme OR NOT rockets", "\"acme\"* \"OR\"* \"NOT\"* \"rockets\"*", List.of(), List.of()),
                row("'; DROP TABLE application; --", "\"DROP\"* \"TABLE\"* \"application\"*", List.of(), List.of()),
                row("'", "", List.of(), List.of("'")),
                row("don't", "\"don\"* \"t\"*", List.of(), List.of()),
                row("\\ % _ ? ! . , ;", "", List.of("\\ % _ ? ! . , ;"), List.of()),
                row("東京本社", "", List.of("東京本社"), List.of()),
                row("本社", "", List.of(), List.of("本社")),
                row("面", "", List.of(), List.of("面")),
                row("Go言語", "\"Go\"*", List.of(), List.of("言語")),
                row("コーヒー", "", List.of("コーヒー"), List.of()),
                row("서울 면접", "", List.of(), List.of("서울", "면접")),
                row("🚀", "", List.of(), List.of("🚀")),
                row("launch🚀", "\"launch\"*", List.of(), List.of("🚀")),
                row("👩‍💻", "", List.of("👩‍💻"), List.of()),
                row("❤️", "", List.of(), List.of("❤️")),
                row("👍🏽", "", List.of(), List.of("👍🏽")),
                row("c++", "\"c\"*", List.of(), List.of("++")),
                row("^", "", List.of(), List.of("^")),
                row("$$$", "", List.of("$$$"), List.of()),
                row("\"東京 本社\"", "", List.of("東京 本社"), List.of()),
                row("\"(東京)\"", "", List.of(), List.of("東京")),
                row("\"C++ dev", "", List.of("C++ dev"), List.of()),
                row("\u0301", "", List.of(), List.of("\u0301")),
                row("مقابلة عمل", "\"مقابلة\"* \"عمل\"*", List.of(), List.of()),
                row("\u0000\u0002\u0003", "", List.of(), List.of()),
                row("\ud800 lone surrogate", "\"lone\"* \"surrogate\"*", List.of(), List.of()));
    }

    static Arguments row(String text, String words, List<String> grams, List<String> substrings) {
        return Arguments.of(text, words, grams, substrings);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("typedText")
    void of_typedText_becomesQuotedTermsPerIndex(String text, String words, List<String> grams, List<String> substrings) {
        Fts5Query query = Fts5Query.of(text);
        assertEquals(words, query.words(), "words");
        assertEquals(grams, query.grams(), "grams");
        assertEquals(substrings, query.substrings(), "substrings");
    }

    @Test
    void of_null_isEmpty() {
        assertTrue(Fts5Query.of(null).isEmpty());
    }

    @Test
    void gramsMatch_everySubstringQuotedAndRequired() {
        assertEquals("\"東京本社\" \"👩‍💻\"", Fts5Query.of("東京本社 👩‍💻").gramsMatch());
        assertEquals("", Fts5Query.of("acme").gramsMatch());
    }

    @Test
    void of_manyWords_keepsTheFirstSixteen() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("word").append(i).append(' ');
        }
        Fts5Query query = Fts5Query.of(text.toString());
        assertEquals(Fts5Query.MAX_TERMS, query.words().split(" ").length);
        assertTrue(query.words().startsWith("\"word0\"* \"word1\"*"), query.words());
    }

    @Test
    void of_veryLongText_looksAtTheStartOnly() {
        Fts5Query query = Fts5Query.of("x".repeat(10_000));
        assertEquals("\"" + "x".repeat(Fts5Query.MAX_INPUT) + "\"*", query.words());
    }

    @Test
    void literals_areLongThenShortSubstrings() {
        assertEquals(List.of("東京本社", "🚀"), Fts5Query.of("🚀 東京本社").literals());
    }
}
