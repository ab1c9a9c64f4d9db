package dev.onward.service.settings;

import java.util.Optional;

/** Where the user's settings are kept, as text under a key. */
public interface SettingsRepository {

    /** The value stored under {@code key}, if any. */
    Optional<String> get(String key);

    /** Stores {@code value} under {@code key}, replacing what was there. */
    void put(String key, String value);
}
