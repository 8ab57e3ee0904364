package org.customergroups.sandbox.host;

import org.customergroups.sandbox.SandboxDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own for each host test, on H2 and (when CG_PG_URL is set) PostgreSQL: an in-memory H2
 * database or a PostgreSQL schema named {@code prefix + random}. A test class keeps one instance in a static
 * field and calls {@link #dropPostgresSchemas} from its {@code @AfterAll}.
 */
final class TestDatabases {

    static final String PLUGIN_KEY = "org.customergroups.customer-groups";
    /** When the demo helpdesk is seeded. */
    static final Instant SEEDED = Instant.parse("2026-11-20T09:00:00Z");

    private final String prefix;
    private final List<DatabaseConfig> opened = new ArrayList<>();

    TestDatabases(String prefix) {
        this.prefix = prefix;
    }

    /** A fresh database like {@code base} (remembered, so its PostgreSQL schema is dropped after the class). */
    DatabaseConfig fresh(DatabaseConfig base) {
        String id = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        DatabaseConfig config = base.isPostgres() ? base.withSchema(id) : DatabaseConfig.h2Memory(id);
        synchronized (opened) {
            opened.add(config);
        }
        return config;
    }

    /** A fresh database with the host's and the plugin's tables and the demo helpdesk seeded. */
    SandboxDatabases openSeeded(DatabaseConfig base) {
        SandboxDatabases databases = SandboxDatabases.open(fresh(base), PLUGIN_KEY);
        new DemoSeed(databases.hostActiveObjects()).seedIfEmpty(SEEDED);
        return databases;
    }

    /** A plain JDBC connection to the database (bulk inserts, plans, metadata). */
    static Connection connect(DatabaseConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    void dropPostgresSchemas() throws SQLException {
        synchronized (opened) {
            for (DatabaseConfig config : opened) {
                if (config.isPostgres()) {
                    try (Connection c = connect(config); Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA IF EXISTS \"" + config.schema() + "\" CASCADE");
                    }
                }
            }
        }
    }
}
