package dev.onward.persistence.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.Application;
import dev.onward.domain.StageKind;
import dev.onward.persistence.Database;
import dev.onward.service.DataFolder;
import dev.onward.service.applications.ApplicationSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Applications list's rows read in one query say what the domain says of each application in
 * full: the same status, furthest stage and last activity, on a journal made to hit the edges
 * (stages dated after today, no dates at all, outcomes after the last stage, the day saved late in
 * the evening in a zone far from UTC).
 */
class SummaryReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Pacific/Auckland");
    private static final String[] OUTCOMES = {"rejected", "ghosted", "withdrew", "offer"};

    @TempDir
    Path folder;

    @Test
    void summaries_manyKindsOfApplication_sameRowsAsTheDomainComputes() throws Exception {
        Path file = DataFolder.prepare(folder);
        try (Database db = Database.open(file)) {
            // the same position as the final round (a journal imported from elsewhere may have it): the later kind wins
            db.write(c -> {
                insert(c, "INSERT INTO stage_kind (id, name, position) VALUES (10, 'Second final', 8)");
                return null;
            });
            SqliteStageKindRepository kinds = new SqliteStageKindRepository(db);
            fill(db, 400, 20261129);
            SqliteApplicationRepository applications = new SqliteApplicationRepository(db);
            List<StageKind> all = kinds.findAll();

            List<ApplicationSummary> expected = applications.findAll().stream()
                    .map(a -> fromDomain(a, all)).sorted(Comparator.comparingLong(ApplicationSummary::id)).toList();
            List<ApplicationSummary> read = applications.summaries(all, TODAY, ZONE).stream()
                    .sorted(Comparator.comparingLong(ApplicationSummary::id)).toList();

            assertEquals(400, read.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), read.get(i), "application " + expected.get(i).id());
            }
        }
    }

    private static ApplicationSummary fromDomain(Application a, List<StageKind> kinds) {
        return new ApplicationSummary(a.id(), a.details().company(), a.details().role(), a.details().location(),
                a.status(), a.furthestStage(kinds, TODAY), a.details().applied(), a.lastActivity(ZONE));
    }

    private static void fill(Database db, int count, long seed) {
        Random random = new Random(seed);
        db.write(c -> {
            for (int id = 1; id <= count; id++) {
                LocalDate applied = TODAY.minusDays(random.nextInt(800) - 20);
                boolean hasApplied = random.nextInt(5) > 0;
                String created = applied + "T" + (random.nextBoolean() ? "11:30:00Z" : "23:59:59.123Z");
                insert(c, "INSERT INTO application (id, company, role, location, applied, created, updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, "Company " + id, "Role " + id,
                        random.nextBoolean() ? "Town " + id : null, hasApplied ? applied.toString() : null, created, created);
                int stages = random.nextInt(5);
                for (int s = 0; s < stages; s++) {
                    LocalDate day = random.nextInt(8) == 0 ? TODAY : applied.plusDays(random.nextInt(60) - 5);
                    insert(c, "INSERT INTO stage (application_id, kind_id, day) VALUES (?, ?, ?)",
                            id, random.nextInt(4) == 0 ? 8 + random.nextInt(3) : 1 + random.nextInt(10), day.toString());
                }
                if (random.nextInt(3) > 0) {
                    insert(c, "INSERT INTO outcome (application_id, kind, day) VALUES (?, ?, ?)",
                            id, OUTCOMES[random.nextInt(OUTCOMES.length)], applied.plusDays(random.nextInt(90)).toString());
                }
            }
            return null;
        });
    }

    private static void insert(Connection c, String sql, Object... values) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
