package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
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

            // The catalog flow over the sandbox's host tables and the plugin's on PostgreSQL.
            SandboxClient client = new SandboxClient(port);
            String rest = "/jira/rest/customer-groups/1.0";
            HttpResponse<String> created = client.request("POST", rest + "/projects/HELP/catalog", "lead",
                    Map.of("name", "Acme/PG"));
            assertEquals(201, created.statusCode(), created.body());
            long id = SandboxClient.json(created).path("group").path("id").asLong();
            HttpResponse<String> added = client.request("POST", rest + "/groups/" + id + "/members", "lead",
                    Map.of("usernames", List.of("alice", "bob")));
            assertEquals(200, added.statusCode(), added.body());
            assertTrue(sandbox.directory().isMember("bob", "acme/pg"));
            HttpResponse<String> members = client.request("GET", rest + "/groups/" + id + "/members?query=ACME.EX",
                    "agent", null);
            assertEquals(200, members.statusCode(), members.body());
            assertEquals(2, SandboxClient.json(members).path("total").asInt(), members.body());
            HttpResponse<String> catalog = client.request("GET", rest + "/projects/HELP/catalog", "agent", null);
            assertEquals(200, catalog.statusCode(), catalog.body());
            assertEquals("Acme/PG", SandboxClient.json(catalog).path("values").get(0).path("group").path("name").asText());

            // Ticket sharing: Jira's REST API, the plugin's shares, the access check and the cascade on PostgreSQL.
            JiraCalls jira = new JiraCalls(client);
            String key = jira.createdKey("alice", "HELP", "Shared on PostgreSQL", null);
            assertEquals(404, jira.issue("bob", key).statusCode());
            jira.share(key, id);
            assertEquals(List.of("Acme/PG"), jira.customerGroups(key));
            assertEquals(200, jira.issue("bob", key).statusCode());
            assertEquals(201, jira.comment("bob", key, "Seen from PostgreSQL").statusCode());
            assertEquals(404, jira.issue("carol", key).statusCode());
            assertTrue(client.get("/jira/browse/" + key, "bob").body().contains("Seen from PostgreSQL"));
            long issueId = sandbox.issuesPort().byKey(key).orElseThrow().id();
            assertEquals(1, sandbox.issueIndex().timesReindexed(issueId));
            assertEquals(200, client.request("DELETE", "/jira/rest/api/2/group/user?groupname=acme/pg&username=alice",
                    "admin", null).statusCode());
            assertEquals(null, jira.customerGroups(key));
            assertEquals(2, sandbox.issueIndex().timesReindexed(issueId));
            assertEquals(404, jira.issue("bob", key).statusCode());
        } finally {
            try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS \"" + pg.schema() + "\" CASCADE");
            }
        }
    }
}
