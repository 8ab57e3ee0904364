package org.customergroups.store;

import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;

import java.util.List;

/**
 * The databases every store test runs on: in-memory H2 always, PostgreSQL whenever CG_PG_URL is
 * set (CI always sets it). Each call migrates the plugin's entities into a fresh database/schema.
 */
public final class StoreDatabases {

    public static final String PLUGIN_KEY = System.getProperty("cg.pluginKey", "org.customergroups.customer-groups");

    private StoreDatabases() {
    }

    public static List<DatabaseConfig> configs() {
        return DatabaseConfig.forTests();
    }

    public static AoDatabase openMigrated(DatabaseConfig config) {
        AoDatabase db = AoDatabase.openForTest(config, PLUGIN_KEY);
        db.activeObjects().migrate(StoreEntities.asArray());
        return db;
    }
}
