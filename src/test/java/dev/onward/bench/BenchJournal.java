package dev.onward.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;

/**
 * Fills a migrated journal file with generated applications, stages, outcomes, reflections and
 * lessons in one transaction, for benchmarks. Deterministic: the same seed gives the same journal.
 */
final class BenchJournal {
    private static final String[] COMPANIES = {"Acme Rockets", "Orchard", "Café Lumière", "München Labs", "東京ロケット",
        "Nordlys", "Şirket", "Brightline", "Kestrel & Co", "Umbra"};
    private static final String[] ROLES = {"Junior Developer", "Data Analyst", "Product Designer", "Backend Engineer",
        "Support Lead", "QA Engineer"};
    private static final String[] OUTCOMES = {"rejected", "ghosted", "withdrew", "offer"};

    private BenchJournal() {
    }

    /** Adds {@code count} applications to the migrated journal at {@code file}. */
    static void fill(Path file, int count, long seed) throws SQLException {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2020, 1, 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement app = c.prepareStatement("INSERT INTO application (id, company, role, applied, notes, created,"
                    + " updated) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement stage = c.prepareStatement("INSERT INTO stage (application_id, kind_id, day, how_it_went,"
                            + " notes) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement outcome = c.prepareStatement("INSERT INTO outcome (application_id, kind, day) VALUES (?, ?, ?)");
                    PreparedStatement status = c.prepareStatement("INSERT INTO status_change (application_id, status, at) VALUES (?, ?, ?)");
                    PreparedStatement reflection = c.prepareStatement("INSERT INTO reflection (application_id, reframe, current_step,"
                            + " updated) VALUES (?, 'Next one.', 'reasons', ?)");
                    PreparedStatement feeling = c.prepareStatement("INSERT INTO reflection_feeling (application_id, feeling,"
                            + " intensity) VALUES (?, 'disappointed', ?)");
                    PreparedStatement reason = c.prepareStatement("INSERT INTO reflection_reason (application_id, reason,"
                            + " in_my_control) VALUES (?, 'internal_candidate', 0)");
                    PreparedStatement lesson = c.prepareStatement("INSERT INTO lesson (application_id, text, theme, in_my_control,"
                            + " status, created, updated) VALUES (?, 'Prepare two stories about teamwork', 'storytelling', 1, 'new', ?, ?)")) {
                for (int id = 1; id <= count; id++) {
                    LocalDate applied = start.plusDays(random.nextInt(2500));
                    String created = applied + "T09:00:00Z";
                    app.setLong(1, id);
                    app.setString(2, COMPANIES[random.nextInt(COMPANIES.length)] + " " + (id % 997));
                    app.setString(3, ROLES[random.nextInt(ROLES.length)]);
                    app.setString(4, applied.toString());
                    app.setString(5, "Found through a friend; the team works on payments.");
                    app.setString(6, created);
                    app.setString(7, created);
                    app.executeUpdate();
                    status.setLong(1, id);
                    status.setString(2, "active");
                    status.setString(3, created);
                    status.executeUpdate();
                    int stages = random.nextInt(4);
                    for (int s = 0; s < stages; s++) {
                        stage.setLong(1, id);
                        stage.setLong(2, 2 + s * 2);
                        stage.setString(3, applied.plusDays(7L * (s + 1)).toString());
                        stage.setInt(4, 1 + random.nextInt(5));
                        stage.setString(5, "Talked about the roadmap and a past project.");
                        stage.executeUpdate();
                    }
                    if (random.nextInt(10) < 8) {
                        String kind = OUTCOMES[random.nextInt(OUTCOMES.length)];
                        String day = applied.plusDays(30).toString();
                        outcome.setLong(1, id);
                        outcome.setString(2, kind);
                        outcome.setString(3, day);
                        outcome.executeUpdate();
                        status.setLong(1, id);
                        status.setString(2, kind);
                        status.setString(3, day + "T18:00:00Z");
                        status.executeUpdate();
                        if (kind.equals("rejected") && random.nextBoolean()) {
                            reflection.setLong(1, id);
                            reflection.setString(2, day + "T19:00:00Z");
                            reflection.executeUpdate();
                            feeling.setLong(1, id);
                            feeling.setInt(2, 1 + random.nextInt(5));
                            feeling.executeUpdate();
                            reason.setLong(1, id);
                            reason.executeUpdate();
                            lesson.setLong(1, id);
                            lesson.setString(2, created);
                            lesson.setString(3, created);
                            lesson.executeUpdate();
                        }
                    }
                }
            }
            c.commit();
        }
    }
}
