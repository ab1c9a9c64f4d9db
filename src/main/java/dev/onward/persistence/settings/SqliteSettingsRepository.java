package dev.onward.persistence.settings;

import dev.onward.persistence.Database;
import dev.onward.service.settings.SettingsRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Settings in the {@code setting} table. */
public final class SqliteSettingsRepository implements SettingsRepository {
    private final Database database;

    /** Creates the repository over an open journal. */
    public SqliteSettingsRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                s.setString(1, key);
                s.setString(2, value);
                return s.executeUpdate();
            }
        });
    }
}
