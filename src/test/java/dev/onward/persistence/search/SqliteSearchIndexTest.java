package dev.onward.persistence.search;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static dev.onward.testutil.StageBuilder.aStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Application;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.search.SearchHit;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a person types, against a small real journal: what it finds, and that nothing is an error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteSearchIndexTest {
    @TempDir
    static Path temp;
    TestJournal testJournal;
    SqliteSearchIndex index;

    @BeforeAll
    void fill() {
        testJournal = TestJournal.open(temp);
        index = new SqliteSearchIndex(testJournal.database());
        ApplicationService journal = testJournal.journal();
        Application acme = journal.add(anApplication().company("Acme Rockets").role("Junior Developer").location("München")
                .notes("Sent my Résumé on Monday. Salary AND equity discussed; office near the station.").build());
        journal.addStage(acme.id(), aStage(testJournal.stageKind("Team interview")).on(LocalDate.of(2026, 3, 19))
                .peopleMet("Zoë Weiß").preparation("Practised the final round questions")
                .notes("The interview went well 👩‍💻").build());
        journal.recordOutcome(acme.id(), anOutcome().rejected().on(LocalDate.of(2026, 4, 2))
                .message("Thank you for interviewing; we chose a more qualified candidate.").build());
        journal.add(anApplication().company("Café Lumière").role("Designer").location("Lyon")
                .notes("東京本社で面接がありました 🚀 launch team, C++ and C# codebase").build());
        journal.add(anApplication().company("Orchard").role("Analyst").location(null)
                .notes("(remote) -first team; \"quoted\" words; 50% raise * stars ^caret; DROP TABLE application;").build());
    }

    @AfterAll
    void close() {
        testJournal.close();
    }

    static Stream<Arguments> typed() {
        return Stream.of(
                // accents and case
                row("resume", "application:Acme Rockets"),
                row("RÉSUMÉ", "application:Acme Rockets"),
                row("munchen", "application:Acme Rockets"),
                row("MÜNCHEN", "application:Acme Rockets"),
                row("cafe lumiere", "application:Café Lumière"),
                row("zoe", "stage:Acme Rockets"),
                // prefixes while typing, every word required
                row("interv", "outcome:Acme Rockets", "stage:Acme Rockets"),
                row("jun dev", "application:Acme Rockets"),
                row("acme interview"),
                row("rockets designer"),
                // phrases
                row("final round", "stage:Acme Rockets"),
                row("\"final round\"", "stage:Acme Rockets"),
                row("\"final rou", "stage:Acme Rockets"),
                row("\"round final\""),
                row("\"final questions\""),
                // CJK by substring
                row("東京本社", "application:Café Lumière"),
                row("本社", "application:Café Lumière"),
                row("面接", "application:Café Lumière"),
                row("京本", "application:Café Lumière"),
                row("面", "application:Café Lumière"),
                row("大阪"),
                // emoji as typed
                row("🚀", "application:Café Lumière"),
                row("👩‍💻", "stage:Acme Rockets"),
                row("🚀 launch", "application:Café Lumière"),
                row("🚀 acme"),
                // operators and SQL typed as text
                row("NEAR", "application:Acme Rockets"),
                row("AND", "application:Acme Rockets", "application:Café Lumière"),
                row("c++", "application:Café Lumière"),
                row("-remote", "application:Orchard"),
                row("(remote)", "application:Orchard"),
                row("50%", "application:Orchard"),
                row("^caret", "application:Orchard"),
                row("^", "application:Orchard"),
                row("*", "application:Orchard"),
                row("\"quoted\"", "application:Orchard"),
                row("'; DROP TABLE application; --", "application:Orchard"),
                row("\""),
                row("\"\""),
                row("'"),
                row("(", "application:Orchard"),
                row(")", "application:Orchard"),
                row("-", "application:Orchard"),
                row("--"),
                row("NEAR(", "application:Acme Rockets"),
                row("acme:", "application:Acme Rockets"),
                row("{title}:"),
                row("\\"),
                row("%", "application:Orchard"),
                row("_"),
                row(""),
                row("   "));
    }

    static Arguments row(String text, String... found) {
        return Arguments.of(text, List.of(found));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("typed")
    void find_typedText_findsWhatAPersonExpects(String text, List<String> expected) {
        List<String> found = index.find(text, 10).stream().map(SqliteSearchIndexTest::describe).sorted().toList();
        assertEquals(expected, found);
        assertEquals(3, count("SELECT count(*) FROM application"), "the journal is untouched");
    }

    @Test
    void find_prefix_marksWholeWordsInSnippet() {
        SearchHit hit = index.find("interv", 10).stream().filter(h -> h.kind().key().equals("stage")).findFirst().orElseThrow();
        assertEquals(List.of("interview"), hit.snippet().matches());
        assertFalse(hit.snippet().text().contains("\n"), hit.snippet().text());
    }

    @Test
    void find_accentFreeQuery_marksTheAccentedWord() {
        SearchHit hit = index.find("resume", 10).get(0);
        assertEquals(List.of("Résumé"), hit.snippet().matches());
    }

    @Test
    void find_shortSubstring_cutsSnippetAroundItAndMarksIt() {
        SearchHit hit = index.find("🚀", 10).get(0);
        assertEquals(List.of("🚀"), hit.snippet().matches());
        assertTrue(hit.snippet().text().contains("面接"), hit.snippet().text());
    }

    @Test
    void find_wordAndLongSubstring_marksBoth() {
        SearchHit hit = index.find("launch 東京本社", 10).get(0);
        assertEquals(List.of("東京本社", "launch"), hit.snippet().matches());
    }

    @Test
    void find_hit_carriesIdsAndNamesToOpenIt() {
        SearchHit stage = index.find("zoe", 10).get(0);
        assertEquals(Optional.of("Acme Rockets"), stage.company());
        assertEquals(Optional.of("Junior Developer"), stage.role());
        assertEquals(Optional.of("Team interview"), stage.heading());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 19)), stage.day());
        assertEquals(stage.applicationId(), Optional.of(index.find("resume", 10).get(0).itemId()));
    }

    @Test
    void find_limitPerKind_keepsThatManyOfEachKind() {
        assertEquals(3, index.find("a", 10).stream().filter(h -> h.kind().key().equals("application")).count());
        assertEquals(List.of("application", "outcome"),
                index.find("a", 1).stream().map(h -> h.kind().key()).sorted().toList());
    }

    @Test
    void indexes_passFts5IntegrityCheck() {
        for (String table : List.of("search_words", "search_grams")) {
            testJournal.database().read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO " + table + " (" + table + ", rank) VALUES ('integrity-check', 1)");
                }
            });
        }
    }

    private long count(String sql) {
        return testJournal.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    static String describe(SearchHit hit) {
        return hit.kind().key() + ":" + hit.company().orElse("?");
    }
}
