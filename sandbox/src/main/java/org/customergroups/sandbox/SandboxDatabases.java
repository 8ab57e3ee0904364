package org.customergroups.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.customergroups.sandbox.host.HostSchema;
import org.customergroups.sandbox.host.HostSql;
import org.customergroups.store.StoreEntities;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;

/**
 * One database, two Active Objects views of it, as in Jira: the host's tables (prefix SBX_) and
 * the plugin's tables (prefix AO_xxxxxx derived from the plugin key).
 */
public final class SandboxDatabases implements AutoCloseable {

    public static final String HOST_TABLE_PREFIX = "SBX";

    private final AoDatabase host;
    private final AoDatabase plugin;

    private SandboxDatabases(AoDatabase host, AoDatabase plugin) {
        this.host = host;
        this.plugin = plugin;
    }

    /** Opens both views and brings their tables up to date (AO migrate is idempotent). */
    public static SandboxDatabases open(DatabaseConfig config, String pluginKey) {
        AoDatabase host = AoDatabase.open(config, HOST_TABLE_PREFIX, false);
        try {
            HostSchema.migrate(host.activeObjects());
            AoDatabase plugin = AoDatabase.open(config, pluginKey);
            try {
                plugin.activeObjects().migrate(StoreEntities.asArray());
            } catch (RuntimeException e) {
                plugin.close();
                throw e;
            }
            return new SandboxDatabases(host, plugin);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    public ActiveObjects hostActiveObjects() {
        return host.activeObjects();
    }

    public DatabaseConfig config() {
        return host.config();
    }

    /** Plain SQL over the host's tables (joins, searches, paging) on AO's connection pool. */
    public HostSql hostSql() {
        return new HostSql(host.entityManager(), HostSchema.ENTITIES);
    }

    public ActiveObjects pluginActiveObjects() {
        return plugin.activeObjects();
    }

    /** The database product and version from the JDBC metadata, e.g. "H2 2.2.224 (2023-09-17)". */
    public String productName() {
        return host.productName();
    }

    /** For the start-up line: product and JDBC URL without its parameters (which could hold a password). */
    public String describe() {
        return productName() + ", " + host.config().url().split("[?;]", 2)[0];
    }

    @Override
    public void close() {
        try {
            plugin.close();
        } finally {
            host.close();
        }
    }
}
