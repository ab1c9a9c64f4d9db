package dev.onward.service.reflect;

import dev.onward.domain.Reflection;
import java.util.List;
import java.util.Optional;

/** Where reflections are kept; each save is one transaction. */
public interface ReflectionRepository {

    /** The reflection on application {@code applicationId}, if one was started. */
    Optional<Reflection> find(long applicationId);

    /** Every reflection, newest change first. */
    List<Reflection> findAll();

    /** Stores {@code reflection}, replacing what was kept for its application. */
    void save(Reflection reflection);
}
