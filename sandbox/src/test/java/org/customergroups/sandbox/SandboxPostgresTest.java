package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox on PostgreSQL (CG_PG_URL, CG_PG_USER, CG_PG_PASSWORD), in a schema of its own. */
@EnabledIfEnvironmentVariable(named = DatabaseConfig.PG_URL, matches = ".+")
class SandboxPostgresTest {

    @Test
    void healthReportsPostgres() throws Exception {
        DatabaseConfig pg = DatabaseConfig.of(System.getenv(DatabaseConfig.PG_URL),
                System.getenv(DatabaseConfig.PG_USER), System.getenv(DatabaseConfig.PG_PASSWORD))
                .withSchema("sbx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        try (Sandbox sandbox = new Sandbox()) {
            int port = sandbox.start(new SandboxConfig("127.0.0.1", 0, pg));
            assertEquals(6, sandbox.directory().countUsers());
            HttpResponse<String> r = new SandboxClient(port).get("/jira/rest/customer-groups/1.0/health", "admin");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode health = SandboxClient.json(r);
            assertEquals("UP", health.path("database").path("status").asText());
            assertTrue(health.path("database").path("product").asText().startsWith("PostgreSQL"), r.body());
            assertEquals(403, new SandboxClient(port).get("/jira/rest/customer-groups/1.0/health", "bob").statusCode());
        } finally {
            try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS \"" + pg.schema() + "\" CASCADE");
            }
        }
    }
}
