package org.customergroups.testkit.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An open Active Objects database named the way Jira names it for one plugin, with the
 * {@link ActiveObjects} service on top. PostgreSQL schemas other than {@code public} are created on
 * open and, when {@code dropSchemaOnClose}, dropped on close (test isolation).
 */
public final class AoDatabase implements AutoCloseable {

    private final DatabaseConfig config;
    private final EntityManager entityManager;
    private final ActiveObjects activeObjects;
    private final String tablePrefix;
    private final boolean dropSchemaOnClose;

    private AoDatabase(DatabaseConfig config, EntityManager entityManager, String tablePrefix, boolean dropSchemaOnClose) {
        this.config = config;
        this.entityManager = entityManager;
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
        this.tablePrefix = tablePrefix;
        this.dropSchemaOnClose = dropSchemaOnClose;
    }

    /** Opens the database with the tables of {@code pluginKey} prefixed as Jira would. */
    public static AoDatabase open(DatabaseConfig config, String pluginKey) {
        return open(config, JiraTableNames.prefixFor(pluginKey), false);
    }

    /** Opens a test database: a non-default PostgreSQL schema is dropped again on close. */
    public static AoDatabase openForTest(DatabaseConfig config, String pluginKey) {
        boolean ownSchema = config.isPostgres() && !"public".equals(config.schema());
        return open(config, JiraTableNames.prefixFor(pluginKey), ownSchema);
    }

    /** Opens the database with an explicit table prefix (the sandbox's host tables use their own). */
    public static AoDatabase open(DatabaseConfig config, String tablePrefix, boolean dropSchemaOnClose) {
        if (config.isPostgres() && !"public".equals(config.schema())) {
            createSchema(config);
        }
        EntityManager em = EntityManagerBuilder.url(config.url())
                .username(config.user())
                .password(config.password())
                .schema(config.schema())
                .dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(name -> tablePrefix + "_" + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        return new AoDatabase(config, em, tablePrefix, dropSchemaOnClose);
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Table prefix without the trailing underscore, e.g. {@code AO_1A2B3C}. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** A plain JDBC connection from AO's pool (for raw-SQL checks and benchmarks). */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }

    /** The database product, as the driver reports it (e.g. "H2", "PostgreSQL"). */
    public String productName() {
        try (Connection c = connection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    @Override
    public void close() {
        if (dropSchemaOnClose) {
            try (Connection c = connection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS \"" + config.schema() + "\" CASCADE");
            } catch (SQLException e) {
                throw new AoSqlException(e);
            }
        }
        entityManager.getProvider().dispose();
    }

    private static void createSchema(DatabaseConfig config) {
        try (Connection c = java.sql.DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS \"" + config.schema() + "\"");
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }
}
