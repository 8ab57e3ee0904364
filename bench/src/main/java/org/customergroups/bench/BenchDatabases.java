package org.customergroups.bench;

import org.customergroups.store.StoreEntities;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;

/** What the benchmarks share: the plugin's key, a fresh database with the plugin's tables, checking the seed. */
final class BenchDatabases {

    /** The plugin's key: the AO table prefix is derived from it, as in Jira. */
    static final String PLUGIN_KEY = "org.customergroups.customer-groups";

    private BenchDatabases() {
    }

    /** A new in-memory H2 database ({@code name} with a unique suffix) with the plugin's tables. */
    static AoDatabase plugin(String name) {
        AoDatabase db = AoDatabase.open(memory(name), PLUGIN_KEY);
        db.activeObjects().migrate(StoreEntities.asArray());
        return db;
    }

    /** The configuration of a new in-memory H2 database: {@code name} with a unique suffix. */
    static DatabaseConfig memory(String name) {
        return DatabaseConfig.h2Memory(name + "_" + System.nanoTime());
    }

    /** Fails the trial's setup (or an invocation) when the data is not what the benchmark measures. */
    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Benchmark data is not as intended: " + what);
        }
    }
}
