package dev.onward.persistence.search;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.Application;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.Outcome;
import dev.onward.domain.StageDetails;
import dev.onward.domain.Theme;
import dev.onward.persistence.Database;
import dev.onward.persistence.SchemaMigrator;
import dev.onward.service.DataFolder;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.search.SearchHit;
import dev.onward.service.search.SearchKind;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration V3 indexes what a V2 journal holds, and its triggers keep search_text and both indexes exact. */
class SearchMigrationTest {
    /**
     * The id of "Team interview" in a journal at version 2: V1__init.sql seeds the kinds of stage with
     * fixed ids, so raw SQL on the old schema may name it by its id.
     */
    private static final int V1_TEAM_INTERVIEW = 6;

    @TempDir
    Path temp;

    @Test
    void migrate_versionTwoJournalWithData_indexesEverythingAndKeepsIt() throws Exception {
        Path file = DataFolder.prepare(temp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            new SchemaMigrator().migrateTo(c, 2);
            s.executeUpdate("INSERT INTO application (id, company, role, location, notes, created, updated) VALUES"
                    + " (7, 'Müller Logistik', 'Backend Engineer', 'München', 'Résumé sent 🚀', '2025-05-01T08:00:00Z',"
                    + " '2025-05-01T08:00:00Z'), (8, 'Sakura', 'Analyst', NULL, NULL, '2025-06-01T08:00:00Z',"
                    + " '2025-06-01T08:00:00Z')");
            s.executeUpdate("INSERT INTO stage (id, application_id, kind_id, day, people_met, notes) VALUES"
                    + " (30, 8, " + V1_TEAM_INTERVIEW + ", '2025-06-10', '田中さん', '東京本社で面接')");
            s.executeUpdate("INSERT INTO outcome (application_id, kind, day, message) VALUES"
                    + " (7, 'rejected', '2025-06-02', 'We went with a more qualified candidate')");
            s.executeUpdate("INSERT INTO reflection (application_id, reframe, feedback_asked_from, feedback_text,"
                    + " current_step, updated) VALUES (7, 'A door, not the last one', 'Dana', 'Weaker on testing',"
                    + " 'what_happened', '2025-06-03T08:00:00Z')");
            s.executeUpdate("INSERT INTO reflection_reason (application_id, reason, note, in_my_control) VALUES"
                    + " (7, 'other', 'Budget froze', 0)");
            s.executeUpdate("INSERT INTO lesson (id, application_id, text, theme, in_my_control, status, created, updated)"
                    + " VALUES (40, 7, 'Practise STAR stories', 'storytelling', 1, 'new', '2025-06-04T08:00:00Z',"
                    + " '2025-06-04T08:00:00Z')");
            s.executeUpdate("INSERT INTO contact (id, name, company, created, updated) VALUES (50, 'Léa Martin', 'Müller',"
                    + " '2025-06-05T08:00:00Z', '2025-06-05T08:00:00Z')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(3, (int) db.read(SchemaMigrator::userVersion));
            SqliteSearchIndex index = new SqliteSearchIndex(db);
            assertEquals(List.of("application 7"), found(index, "munchen resume"));
            assertEquals(List.of("application 7"), found(index, "🚀"));
            assertEquals(List.of("stage 30"), found(index, "本社"));
            assertEquals(List.of("stage 30"), found(index, "田中"));
            assertEquals(List.of("outcome 7"), found(index, "qualified"));
            assertEquals(List.of("reflection 7"), found(index, "door budget"));
            assertEquals(List.of("feedback 7"), found(index, "dana testing"));
            assertEquals(List.of("lesson 40"), found(index, "star"));
            assertEquals(List.of("application 7", "contact 50"), found(index, "muller"));
            assertEquals("Müller Logistik", index.find("qualified", 5).get(0).company().orElseThrow());
            assertEquals(2, count(db, "SELECT count(*) FROM application"));
            integrityCheck(db);
        }
    }

    @Test
    void triggers_afterEveryKindOfChange_keepOneRowPerItemInItsKindsBlock() {
        try (TestJournal testJournal = TestJournal.open(temp)) {
            ApplicationService journal = testJournal.journal();
            Application kept = journal.add(anApplication().notes("first").build());
            Application gone = journal.add(anApplication().company("Gone").build());
            long phoneScreen = testJournal.stageKind("Phone screen");
            long stage = journal.addStage(kept.id(), StageDetails.of(phoneScreen, LocalDate.of(2026, 3, 10))).id();
            journal.addStage(gone.id(), StageDetails.of(phoneScreen, LocalDate.of(2026, 3, 11)));
            journal.editStage(stage, StageDetails.of(testJournal.stageKind("Technical interview"), LocalDate.of(2026, 3, 12)));
            Outcome outcome = anOutcome().ghosted().on(LocalDate.of(2026, 4, 1)).message("x").build();
            journal.recordOutcome(kept.id(), outcome);
            journal.recordOutcome(kept.id(), outcome);
            journal.recordOutcome(gone.id(), outcome);
            journal.edit(kept.id(), anApplication().notes("second").build());
            testJournal.reflections().keepContact(kept.id(), new ContactDetails("Ana", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            testJournal.reflections().keepContact(gone.id(), new ContactDetails("Bo", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            testJournal.lessons().add(LessonDetails.of("Sleep well", Theme.PREPARATION), Optional.of(gone.id()));
            journal.delete(gone.id());
            Database db = testJournal.database();
            assertEquals(SearchKind.values().length + 1, count(db, "SELECT count(*) FROM search_text"), "two contacts");
            for (SearchKind kind : SearchKind.values()) {
                assertEquals(kind == SearchKind.CONTACT ? 2 : 1, count(db, "SELECT count(*) FROM search_text WHERE kind = '" + kind.key() + "' AND id >> "
                        + SqliteSearchIndex.KIND_SHIFT + " = " + SqliteSearchIndex.block(kind)
                        + " AND item_id = id - (" + SqliteSearchIndex.block(kind) + " << 40)"), kind.key());
            }
            assertEquals("Technical interview", db.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT heading FROM search_text WHERE kind = 'stage'")) {
                    r.next();
                    return r.getString(1);
                }
            }));
            integrityCheck(db);
        }
    }

    private static List<String> found(SqliteSearchIndex index, String text) {
        return index.find(text, 5).stream().map(SearchMigrationTest::describe).toList();
    }

    private static String describe(SearchHit hit) {
        return hit.kind().key() + " " + hit.itemId();
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** FTS5 compares each external-content index with search_text and fails on any difference. */
    static void integrityCheck(Database db) {
        for (String table : List.of("search_words", "search_grams")) {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO " + table + " (" + table + ", rank) VALUES ('integrity-check', 1)");
                } catch (SQLException e) {
                    throw new AssertionError(table + " is out of step: " + e.getMessage(), e);
                }
            });
        }
    }
}
