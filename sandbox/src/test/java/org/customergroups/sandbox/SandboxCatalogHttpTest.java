package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue-3 REST API end to end over HTTP, per role, with the seeded users: lead (admin of HELP),
 * agent (agent of HELP), admin (Jira admin), alice (reporter), anonymous. Each test uses group
 * names of its own, so the tests do not depend on their order.
 */
class SandboxCatalogHttpTest {

    private static final String REST = "/jira/rest/customer-groups/1.0";
    private static final String HELP_CATALOG = REST + "/projects/HELP/catalog";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void leadBuildsTheHelpCatalogAgentReadsItOthersAreRefused() {
        // lead creates "Acme" in HELP's catalog
        HttpResponse<String> created = call("POST", HELP_CATALOG, "lead",
                Map.of("name", "Acme", "description", "Acme Corporation"));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode entry = SandboxClient.json(created);
        JsonNode group = entry.path("group");
        long id = group.path("id").asLong();
        assertTrue(id > 0, created.body());
        assertEquals("Acme", group.path("name").asText());
        assertEquals("STATIC", group.path("kind").asText());
        assertEquals("Acme Corporation", group.path("description").asText());
        assertEquals("lead", group.path("createdBy").asText());
        assertEquals("lead", entry.path("addedBy").asText());
        assertFalse(entry.path("autoShare").asBoolean(), created.body());
        assertTrue(entry.path("addedAt").asText().endsWith("Z"), created.body());
        // Only the default group every customer account is in (filled at start by the reconciliation).
        assertEquals(List.of("Customers"), SANDBOX.sandbox().directory().groupsOf("alice"));

        // lead adds alice and bob (the Jira group's members), then alice again
        HttpResponse<String> added = call("POST", members(id), "lead", Map.of("usernames", List.of("alice", "bob")));
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(List.of("alice", "bob"), usernames(SandboxClient.json(added).path("added")));
        assertEquals(List.of(), usernames(SandboxClient.json(added).path("alreadyMembers")));
        HttpResponse<String> again = call("POST", members(id), "lead", Map.of("usernames", List.of("alice")));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(List.of(), usernames(SandboxClient.json(again).path("added")));
        assertEquals(List.of("alice"), usernames(SandboxClient.json(again).path("alreadyMembers")));
        assertTrue(SANDBOX.sandbox().directory().isMember("alice", "Acme"));
        assertTrue(SANDBOX.sandbox().directory().isMember("bob", "acme"));
        assertTrue(SANDBOX.sandbox().directory().groupsOf("bob").contains("Acme"), "as the group spells its name");

        HttpResponse<String> memberPage = call("GET", members(id) + "?query=BOB", "lead", null);
        assertEquals(200, memberPage.statusCode(), memberPage.body());
        assertEquals(1, SandboxClient.json(memberPage).path("total").asInt(), memberPage.body());
        assertEquals(List.of("bob"), usernames(SandboxClient.json(memberPage).path("values")));
        JsonNode bob = SandboxClient.json(memberPage).path("values").get(0);
        assertEquals("REPORTER", bob.path("type").asText());
        assertEquals("bob@acme.example", bob.path("email").asText());

        // lead toggles auto-share
        HttpResponse<String> shared = call("PUT", HELP_CATALOG + "/" + id, "lead", Map.of("autoShare", true));
        assertEquals(200, shared.statusCode(), shared.body());
        assertTrue(SandboxClient.json(shared).path("autoShare").asBoolean(), shared.body());

        // the agent lists the catalog but cannot change it
        HttpResponse<String> listed = call("GET", HELP_CATALOG, "agent", null);
        assertEquals(200, listed.statusCode(), listed.body());
        JsonNode catalog = SandboxClient.json(listed);
        assertPage(catalog);
        JsonNode acme = entryFor(catalog, id);
        assertEquals("Acme", acme.path("group").path("name").asText());
        assertTrue(acme.path("autoShare").asBoolean());
        assertEquals(2, acme.path("group").path("memberCount").asInt(), listed.body());

        assertForbidden(call("PUT", HELP_CATALOG + "/" + id, "agent", Map.of("autoShare", false)));
        assertForbidden(call("POST", HELP_CATALOG, "agent", Map.of("name", "Agent's own group")));
        assertForbidden(call("DELETE", HELP_CATALOG + "/" + id, "agent", null));
        assertForbidden(call("POST", members(id), "agent", Map.of("usernames", List.of("carol"))));

        // a reporter is refused, anonymous must log in
        assertForbidden(call("GET", HELP_CATALOG, "alice", null));
        assertForbidden(call("PUT", HELP_CATALOG + "/" + id, "alice", Map.of("autoShare", false)));
        assertError(call("GET", HELP_CATALOG, null, null), 401);
        assertError(call("POST", HELP_CATALOG, null, Map.of("name", "Anonymous")), 401);

        // the Jira admin sees which projects use the group
        HttpResponse<String> projects = call("GET", REST + "/groups/" + id + "/projects", "admin", null);
        assertEquals(200, projects.statusCode(), projects.body());
        JsonNode projectPage = SandboxClient.json(projects);
        assertPage(projectPage);
        assertEquals(1, projectPage.path("total").asInt(), projects.body());
        JsonNode help = projectPage.path("values").get(0);
        assertEquals("HELP", help.path("key").asText());
        assertEquals("Customer Support", help.path("name").asText());
        assertTrue(help.path("autoShare").asBoolean());
        assertEquals(sandboxProjectId("HELP"), help.path("id").asLong());
        assertEquals(200, call("GET", REST + "/groups/" + id + "/projects", "agent", null).statusCode());
        assertForbidden(call("GET", REST + "/groups/" + id + "/projects", "alice", null));
        assertError(call("GET", REST + "/groups/" + id + "/projects", null, null), 401);

        // the value is the same through the group itself
        HttpResponse<String> byId = call("GET", REST + "/groups/" + id, "agent", null);
        assertEquals(200, byId.statusCode(), byId.body());
        assertEquals("Acme", SandboxClient.json(byId).path("name").asText());
        assertEquals(2, SandboxClient.json(byId).path("memberCount").asInt());

        // SALES' admin is the Jira admin only: lead cannot touch that catalog
        assertForbidden(call("POST", REST + "/projects/SALES/catalog", "lead", Map.of("groupIds", List.of(id))));
        assertForbidden(call("GET", REST + "/projects/SALES/catalog", "agent", null));
    }

    @Test
    void aGroupNameWithASlashWorksThroughItsId() {
        HttpResponse<String> created = call("POST", HELP_CATALOG, "lead", Map.of("name", "Acme/EU support"));
        assertEquals(201, created.statusCode(), created.body());
        long id = SandboxClient.json(created).path("group").path("id").asLong();
        assertEquals("Acme/EU support", SandboxClient.json(created).path("group").path("name").asText());
        assertEquals(java.util.Optional.of("Acme/EU support"), SANDBOX.sandbox().directoryPort().groupName("acme/eu SUPPORT"));

        HttpResponse<String> group = call("GET", REST + "/groups/" + id, "lead", null);
        assertEquals(200, group.statusCode(), group.body());
        assertEquals("Acme/EU support", SandboxClient.json(group).path("name").asText());

        HttpResponse<String> added = call("POST", members(id), "lead", Map.of("usernames", List.of("carol")));
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(SANDBOX.sandbox().directory().isMember("carol", "Acme/EU support"));
        assertEquals(204, call("DELETE", members(id) + "/carol", "lead", null).statusCode());
        assertEquals(204, call("DELETE", members(id) + "/carol", "lead", null).statusCode()); // idempotent
        assertFalse(SANDBOX.sandbox().directory().isMember("carol", "Acme/EU support"));
        assertEquals(0, SandboxClient.json(call("GET", members(id), "lead", null)).path("total").asInt());

        HttpResponse<String> updated = call("PUT", REST + "/groups/" + id, "lead",
                Map.of("description", "EU customers", "settings", Map.of("autoJoinDomains", List.of("acme.example"))));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("EU customers", SandboxClient.json(updated).path("description").asText());
        assertEquals("acme.example",
                SandboxClient.json(updated).path("settings").path("autoJoinDomains").get(0).asText(), updated.body());

        // removing it from the catalog keeps the group
        assertEquals(204, call("DELETE", HELP_CATALOG + "/" + id, "lead", null).statusCode());
        assertError(call("DELETE", HELP_CATALOG + "/" + id, "lead", null), 404);
        assertEquals(200, call("GET", REST + "/groups/" + id, "admin", null).statusCode());
        assertTrue(SANDBOX.sandbox().directoryPort().groupName("Acme/EU support").isPresent());
    }

    @Test
    void conflictsValidationAndUnknownsHaveTheirStatus() {
        HttpResponse<String> created = call("POST", HELP_CATALOG, "lead", Map.of("name", "Globex"));
        assertEquals(201, created.statusCode(), created.body());
        long id = SandboxClient.json(created).path("group").path("id").asLong();

        // creating what already is a customer group is a conflict; adding it again is idempotent
        assertError(call("POST", HELP_CATALOG, "lead", Map.of("name", "GLOBEX")), 409);
        assertError(call("POST", REST + "/groups", "admin", Map.of("name", "globex")), 409);
        HttpResponse<String> again = call("POST", HELP_CATALOG, "lead", Map.of("groupIds", List.of(id)));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, SandboxClient.json(again).path("added").size(), again.body());
        assertEquals(1, SandboxClient.json(again).path("alreadyInCatalog").size(), again.body());

        // the admin adds it to SALES too
        HttpResponse<String> sales = call("POST", REST + "/projects/SALES/catalog", "admin",
                Map.of("groupIds", List.of(id)));
        assertEquals(200, sales.statusCode(), sales.body());
        assertEquals(1, SandboxClient.json(sales).path("added").size(), sales.body());
        assertEquals(2, SandboxClient.json(call("GET", REST + "/groups/" + id + "/projects", "admin", null))
                .path("total").asInt());

        // an unknown username adds nobody and names the field
        HttpResponse<String> unknown = call("POST", members(id), "lead", Map.of("usernames", List.of("carol", "ghost")));
        assertError(unknown, 400);
        assertEquals("usernames", SandboxClient.json(unknown).path("field").asText(), unknown.body());
        assertTrue(SandboxClient.json(unknown).path("message").asText().contains("ghost"), unknown.body());
        assertFalse(SANDBOX.sandbox().directory().isMember("carol", "Globex"));

        assertError(call("POST", HELP_CATALOG, "lead", Map.of("name", " ")), 400);
        assertError(call("GET", REST + "/projects/NOPE/catalog", "admin", null), 404);
        assertError(call("GET", REST + "/groups/999999", "admin", null), 404);
        assertError(call("DELETE", members(id) + "/ghost", "lead", null), 404);

        // mutations take JSON only: a cross-site form cannot post
        HttpResponse<String> form = SANDBOX.client().postForm(HELP_CATALOG, "lead", Map.of("name", "Form group"));
        assertEquals(415, form.statusCode(), form.body());
        assertFalse(SANDBOX.sandbox().directoryPort().groupName("Form group").isPresent());
    }

    @Test
    void userPickerSearchesTheSandboxDirectoryAndAdminsUpgradeReporters() {
        HttpResponse<String> reporters = call("GET", REST + "/users?query=ACME&type=REPORTER", "lead", null);
        assertEquals(200, reporters.statusCode(), reporters.body());
        assertPage(SandboxClient.json(reporters));
        assertEquals(List.of("alice", "bob"), usernames(SandboxClient.json(reporters).path("values")));
        HttpResponse<String> paged = call("GET", REST + "/users?start=1&limit=2", "agent", null);
        assertEquals(200, paged.statusCode(), paged.body());
        assertEquals(6, SandboxClient.json(paged).path("total").asInt(), paged.body());
        assertEquals(List.of("agent", "alice"), usernames(SandboxClient.json(paged).path("values")));
        assertForbidden(call("GET", REST + "/users?query=a", "alice", null));
        assertError(call("GET", REST + "/users?query=a", null, null), 401);

        assertForbidden(call("POST", REST + "/users/carol/upgrade", "lead", Map.of()));
        HttpResponse<String> upgraded = call("POST", REST + "/users/carol/upgrade", "admin", Map.of());
        assertEquals(200, upgraded.statusCode(), upgraded.body());
        assertEquals("STANDARD", SandboxClient.json(upgraded).path("type").asText());
        assertTrue(SANDBOX.sandbox().directory().isMember("carol", "jira-software-users"));
        assertTrue(SANDBOX.sandbox().directory().findUser("carol").orElseThrow().licensed());
        assertError(call("POST", REST + "/users/carol/upgrade", "admin", Map.of()), 409);
        assertError(call("POST", REST + "/users/ghost/upgrade", "admin", Map.of()), 404);
    }

    // ---------------------------------------------------------------------------------------------

    private HttpResponse<String> call(String method, String path, String user, Object body) {
        return SANDBOX.client().request(method, path, user, body);
    }

    private static String members(long id) {
        return REST + "/groups/" + id + "/members";
    }

    private long sandboxProjectId(String key) {
        return SANDBOX.sandbox().projectsPort().byKey(key).orElseThrow().id();
    }

    private static List<String> usernames(JsonNode users) {
        List<String> names = new ArrayList<>();
        users.forEach(u -> names.add(u.path("username").asText()));
        return names;
    }

    private static JsonNode entryFor(JsonNode catalog, long groupId) {
        for (JsonNode e : catalog.path("values")) {
            if (e.path("group").path("id").asLong() == groupId) {
                return e;
            }
        }
        throw new AssertionError("group " + groupId + " not in " + catalog);
    }

    private static void assertPage(JsonNode page) {
        for (String field : new String[]{"start", "limit", "total", "values"}) {
            assertTrue(page.has(field), field + " in " + page);
        }
        assertTrue(page.path("values").isArray(), page.toString());
    }

    private static void assertForbidden(HttpResponse<String> r) {
        assertError(r, 403);
    }

    private static void assertError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonNode error = SandboxClient.json(r);
        assertEquals(status, error.path("status").asInt(), r.body());
        assertFalse(error.path("message").asText().isBlank(), r.body());
    }
}
