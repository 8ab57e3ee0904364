package org.customergroups.port;

import java.util.Optional;

/** The plugin's global settings: a few named string values (cluster-wide, in the database). */
public interface SettingsStore {
    Optional<String> get(String name);

    /** Sets the value; {@code null} removes it. */
    void put(String name, String value);
}
