package dev.onward.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.Application;
import dev.onward.service.DataFolder;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal written at version 1 keeps every row when it is opened by this version. */
class MigrationV2Test {
    @TempDir
    Path temp;

    @Test
    void migrate_versionOneJournalWithData_keepsEveryRowAndAddsReflectTables() throws Exception {
        Path file = DataFolder.prepare(temp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            new SchemaMigrator().migrateTo(c, 1);
            s.executeUpdate("INSERT INTO application (id, company, role, location, applied, notes, created, updated) VALUES"
                    + " (7, 'Café Lumière', 'Designer', 'Paris', '2026-03-01', 'ピクセル 🎨', '2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z');"
                    + " INSERT INTO stage (id, application_id, kind_id, day, how_it_went, notes) VALUES (3, 7, 8, '2026-03-20', 4, 'Panel');"
                    + " INSERT INTO outcome (application_id, kind, day, ended_at_kind_id, message) VALUES (7, 'rejected', '2026-03-28', 8, 'No.');"
                    + " INSERT INTO status_change (application_id, status, at) VALUES (7, 'active', '2026-03-01T10:00:00Z'),"
                    + " (7, 'rejected', '2026-03-28T18:00:00Z');"
                    + " INSERT INTO stage_kind (id, name, position) VALUES (10, 'Portfolio review', 10);");
            assertEquals(1, SchemaMigrator.userVersion(c));
        }

        try (TestJournal journal = TestJournal.open(temp)) {
            assertEquals(SchemaMigrator.latestVersion(), (int) journal.database().read(SchemaMigrator::userVersion));
            Application a = journal.journal().find(7).orElseThrow();
            assertEquals("Café Lumière", a.details().company());
            assertEquals("ピクセル 🎨", a.details().notes().orElseThrow());
            assertEquals(1, a.stages().size());
            assertEquals(4, a.stages().get(0).details().howItWent().orElseThrow().value());
            assertEquals("No.", a.outcome().orElseThrow().message().orElseThrow());
            assertEquals(2, a.statusHistory().size());
            assertEquals("Portfolio review", journal.journal().stageKinds().get(9).name());
            assertEquals(List.of(), journal.lessons().all());
            assertEquals(java.util.Optional.empty(), journal.reflections().find(7));
        }
    }
}
