package dev.onward.persistence;

import static dev.onward.persistence.ForeignSchemaTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.service.DataFolder;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema of a file compared with the one the migrations make. */
class SchemaShapeTest {
    @TempDir
    Path temp;

    @Test
    void differences_journalUpgradedFromEachOlderVersion_isNone() throws Exception {
        for (int version = 0; version <= SchemaMigrator.latestVersion(); version++) {
            Path file = DataFolder.prepare(temp.resolve("v" + version));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                new SchemaMigrator().migrateTo(c, version);
                assertEquals(List.of(), SchemaShape.differences(c), "version " + version + " as the migrations left it");
            }
            try (TestJournal journal = TestJournal.open(file.getParent())) {
                SampleJournal.fill(journal);
                assertEquals(List.of(), journal.database().read(SchemaShape::differences), "upgraded from " + version);
            }
        }
    }

    @Test
    void differences_statisticsSqliteKeepsAndSearchIndexTables_areNone() throws Exception {
        Path file = sampleJournal();
        sql(file, "ANALYZE; PRAGMA optimize; INSERT INTO search_words (search_words) VALUES ('optimize')");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of(), SchemaShape.differences(c));
        }
    }

    @Test
    void differences_eachKindOfForeignChange_isNamedOnce() throws Exception {
        Path file = sampleJournal();
        sql(file, "CREATE INDEX lesson_by_text ON lesson (text); CREATE VIEW every_lesson AS SELECT * FROM lesson;"
                + " DROP INDEX stage_by_application; DROP VIEW search_contact;"
                + " CREATE TABLE evil (x); CREATE VIRTUAL TABLE notes_index USING fts5 (body)");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of(
                    "It has an extra index named lesson_by_text that Onward did not make.",
                    "It has an extra view named every_lesson that Onward did not make.",
                    "It has an extra table named evil that Onward did not make.",
                    "It has an extra table named notes_index that Onward did not make.",
                    "Its index stage_by_application is missing.",
                    "Its view search_contact is missing."), SchemaShape.differences(c));
        }
    }

    @Test
    void differences_aChangedColumnOrLink_isNamed() throws Exception {
        Path file = DataFolder.prepare(temp.resolve("v1"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new SchemaMigrator().migrateTo(c, 1);
            sql(file, "DROP TABLE outcome; CREATE TABLE outcome (application_id INTEGER PRIMARY KEY REFERENCES application (id)"
                    + " ON DELETE CASCADE, kind TEXT, day TEXT NOT NULL, ended_at_kind_id INTEGER REFERENCES stage_kind (id),"
                    + " message TEXT); DROP TABLE status_change; CREATE TABLE status_change (id INTEGER PRIMARY KEY,"
                    + " application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE SET NULL,"
                    + " status TEXT NOT NULL, at TEXT NOT NULL); CREATE INDEX status_change_by_application"
                    + " ON status_change (application_id, at)");

            assertEquals(List.of("The column kind of its table outcome is not the one Onward made.",
                    "Its table status_change is not the one Onward made."), SchemaShape.differences(c));
        }
    }

    @Test
    void differences_fileFromANewerOnward_isOneSentence() throws Exception {
        Path file = DataFolder.prepare(temp.resolve("new"));
        sql(file, "CREATE TABLE future (x); PRAGMA user_version = 99");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> differences = SchemaShape.differences(c);
            assertEquals(1, differences.size());
            assertTrue(differences.get(0).contains("newer version of Onward"), differences.get(0));
        }
    }

    private Path sampleJournal() {
        try (TestJournal journal = TestJournal.open(temp.resolve("sample"))) {
            SampleJournal.fill(journal);
            return journal.database().file();
        }
    }
}
