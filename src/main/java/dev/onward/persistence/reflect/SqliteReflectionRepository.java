package dev.onward.persistence.reflect;

import dev.onward.domain.Reflection;
import dev.onward.persistence.Database;
import dev.onward.service.reflect.ReflectionRepository;
import java.util.List;
import java.util.Optional;

/** Reflections in SQLite: one row per application plus its steps, feelings and reasons. */
public final class SqliteReflectionRepository implements ReflectionRepository {
    private final Database database;

    /** Creates the repository over an open journal. */
    public SqliteReflectionRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Reflection> find(long applicationId) {
        return database.read(c -> ReflectionRows.read(c, applicationId));
    }

    @Override
    public List<Reflection> findAll() {
        return database.read(ReflectionRows::readAll);
    }

    @Override
    public void save(Reflection reflection) {
        database.write(c -> {
            ReflectionRows.write(c, reflection);
            return null;
        });
    }
}
