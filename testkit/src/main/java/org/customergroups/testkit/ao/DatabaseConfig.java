package org.customergroups.testkit.ao;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an Active Objects database lives: JDBC URL, credentials and the schema AO works in.
 *
 * <p>PostgreSQL is configured by the environment ({@code CG_PG_URL}, {@code CG_PG_USER},
 * {@code CG_PG_PASSWORD}); {@code .ci/run} always sets them and also sets {@code CG_REQUIRE_PG=true},
 * so a CI run can never silently skip the PostgreSQL tests.
 */
public record DatabaseConfig(String name, String url, String user, String password, String schema) {

    public static final String PG_URL = "CG_PG_URL";
    public static final String PG_USER = "CG_PG_USER";
    public static final String PG_PASSWORD = "CG_PG_PASSWORD";
    public static final String REQUIRE_PG = "CG_REQUIRE_PG";

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** A private in-memory H2 database, kept until the JVM exits. */
    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig("H2", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }

    /** An H2 database in a file (the sandbox's default). */
    public static DatabaseConfig h2File(Path file) {
        String base = file.toAbsolutePath().toString().replaceAll("\\.mv\\.db$", "");
        return new DatabaseConfig("H2", "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", "PUBLIC");
    }

    /** Any JDBC URL: H2 or PostgreSQL. */
    public static DatabaseConfig of(String url, String user, String password) {
        boolean pg = url.startsWith("jdbc:postgresql:");
        return new DatabaseConfig(pg ? "PostgreSQL" : "H2", url, user == null ? "" : user,
                password == null ? "" : password, pg ? "public" : "PUBLIC");
    }

    /** The PostgreSQL server the environment names, if any. */
    public static Optional<DatabaseConfig> postgresFromEnvironment(Map<String, String> env) {
        String url = env.get(PG_URL);
        if (url == null || url.isBlank()) {
            if (Boolean.parseBoolean(env.getOrDefault(REQUIRE_PG, "false"))) {
                throw new IllegalStateException(REQUIRE_PG + " is set but " + PG_URL + " is not");
            }
            return Optional.empty();
        }
        return Optional.of(of(url, env.get(PG_USER), env.get(PG_PASSWORD)));
    }

    /**
     * The databases store tests run on: a fresh in-memory H2 always, plus PostgreSQL whenever the
     * environment names a server. Each PostgreSQL entry gets its own schema so test classes never
     * see each other's tables.
     */
    public static List<DatabaseConfig> forTests() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<DatabaseConfig> result = new ArrayList<>();
        result.add(h2Memory("cg_" + id));
        postgresFromEnvironment(System.getenv()).ifPresent(pg -> result.add(pg.withSchema("cg_" + id)));
        return result;
    }

    public DatabaseConfig withSchema(String newSchema) {
        String s = isPostgres() ? newSchema.toLowerCase(Locale.ROOT) : newSchema.toUpperCase(Locale.ROOT);
        return new DatabaseConfig(name, url, user, password, s);
    }

    @Override
    public String toString() {
        return name;
    }
}
