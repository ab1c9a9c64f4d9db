package dev.onward.persistence.applications;

import dev.onward.domain.StageKind;
import dev.onward.persistence.Database;
import dev.onward.service.applications.StageKindRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The kinds of stage, kept in the {@code stage_kind} table. */
public final class SqliteStageKindRepository implements StageKindRepository {
    private final Database database;

    /** Creates the repository over an open journal. */
    public SqliteStageKindRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<StageKind> findAll() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT id, name, position FROM stage_kind ORDER BY position, id")) {
                List<StageKind> kinds = new ArrayList<>();
                while (r.next()) {
                    kinds.add(new StageKind(r.getLong(1), r.getString(2), r.getInt(3)));
                }
                return List.copyOf(kinds);
            }
        });
    }

    @Override
    public StageKind add(String name, int position) {
        return database.write(c -> {
            try (PreparedStatement shift = c.prepareStatement("UPDATE stage_kind SET position = position + 1 WHERE position >= ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO stage_kind (name, position) VALUES (?, ?)",
                            Statement.RETURN_GENERATED_KEYS)) {
                shift.setInt(1, position);
                shift.executeUpdate();
                insert.setString(1, name);
                insert.setInt(2, position);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new StageKind(keys.getLong(1), name, position);
                }
            }
        });
    }
}
