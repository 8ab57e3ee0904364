package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.sandbox.host.HostUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.customergroups.sandbox.JiraCalls.API;
import static org.customergroups.sandbox.JiraCalls.PLUGIN;
import static org.customergroups.sandbox.SandboxJiraRestApiTest.assertJiraError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ticket sharing end to end, as Jira with the plugin would behave, over HTTP only: shares made
 * through the plugin's REST API, seen through Jira's REST API v2 and issue page (the Customer
 * Groups field and the sandbox's "Group custom field value" grant), auto-share on create and the
 * cascade when a reporter leaves a group (Jira's group API and the plugin's own member removal).
 * Each test creates its own issues and groups, so the tests do not depend on their order.
 */
class SandboxSharingHttpTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private JiraCalls jira() {
        return new JiraCalls(SANDBOX.client());
    }

    private long id(String key) {
        return SANDBOX.sandbox().issuesPort().byKey(key).orElseThrow().id();
    }

    private int reindexed(String key) {
        return SANDBOX.sandbox().issueIndex().timesReindexed(id(key));
    }

    @Test
    void membersOfASharedGroupSeeTheTicketAndCommentOthersDoNot() {
        long acme = jira().catalogGroup("HELP", "Acme Matrix", false, "bob");
        jira().catalogGroup("HELP", "Globex Matrix", false, "carol");
        String key = jira().createdKey("alice", "HELP", "Invoice address is wrong", null);

        // before sharing: only the reporter and staff
        assertJiraError(jira().issue("bob", key), 404);
        assertJiraError(jira().comment("bob", key, "Too early"), 404);
        assertEquals(404, SANDBOX.client().get("/jira/browse/" + key, "bob").statusCode());
        assertNull(jira().customerGroups(key));

        int before = reindexed(key);
        jira().share(key, acme);
        assertEquals(before + 1, reindexed(key), "a new share reindexes the issue");
        assertEquals(List.of("Acme Matrix"), jira().customerGroups(key));

        // who may see it: reporter, member of the shared group, staff; not a member of another group, not anonymous
        Map<String, Integer> expected = Map.of("alice", 200, "bob", 200, "agent", 200, "lead", 200, "admin", 200,
                "carol", 404);
        expected.forEach((user, status) -> assertEquals(status, jira().issue(user, key).statusCode(), user));
        assertJiraError(jira().issue(null, key), 401);
        JsonNode seenByBob = SandboxClient.json(jira().issue("bob", key));
        assertEquals(List.of("Acme Matrix"), List.of(seenByBob.path("fields").path("customfield_10100").get(0).asText()));

        // who may comment: the same people (Add Comments goes with the grant)
        assertEquals(201, jira().comment("bob", key, "Our new address is 1 Main St").statusCode());
        assertJiraError(jira().comment("carol", key, "Let me in"), 404);
        JsonNode comments = SandboxClient.json(jira().issue("alice", key)).path("fields").path("comment");
        assertEquals(1, comments.path("total").asInt());
        assertEquals("bob", comments.path("comments").get(0).path("author").path("name").asText());

        // the issue page and the project list follow the same rule
        HttpResponse<String> page = SANDBOX.client().get("/jira/browse/" + key, "bob");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Our new address is 1 Main St"), page.body());
        assertTrue(page.body().contains("<span class=\"cg-customer-groups\">Acme Matrix</span>"), page.body());
        assertEquals(404, SANDBOX.client().get("/jira/browse/" + key, "carol").statusCode());
        assertTrue(SANDBOX.client().get("/jira/browse/HELP", "bob").body().contains("href=\"/jira/browse/" + key + "\""));
        assertFalse(SANDBOX.client().get("/jira/browse/HELP", "carol").body().contains("/jira/browse/" + key + "\""));

        // unsharing takes it away again, and reindexes
        HttpResponse<String> unshared = jira().call("DELETE", PLUGIN + "/issues/" + key + "/shares/" + acme, "agent", null);
        assertEquals(204, unshared.statusCode(), unshared.body());
        assertEquals(before + 2, reindexed(key));
        assertJiraError(jira().issue("bob", key), 404);
        assertNull(jira().customerGroups(key));
    }

    @Test
    void onlyAgentsChangeSharesAndHiddenIssuesStayHidden() {
        long group = jira().catalogGroup("HELP", "Share Rights Co", false, "carol");
        String key = jira().createdKey("alice", "HELP", "Who may share this?", null);
        HttpResponse<String> byReporter = jira().call("POST", PLUGIN + "/issues/" + key + "/shares", "alice",
                Map.of("groupId", group));
        assertEquals(403, byReporter.statusCode(), byReporter.body());
        HttpResponse<String> byStranger = jira().call("POST", PLUGIN + "/issues/" + key + "/shares", "carol",
                Map.of("groupId", group));
        assertEquals(404, byStranger.statusCode(), byStranger.body());
        assertNull(jira().customerGroups(key));
    }

    @Test
    void autoShareOnCreateForTheReportersCatalogGroups() {
        long auto = jira().catalogGroup("HELP", "AutoCo", true, "carol");
        jira().catalogGroup("HELP", "ManualCo", false, "carol");

        String byCarol = jira().createdKey("carol", "HELP", "Auto-shared, please", null);
        assertEquals(List.of("AutoCo"), jira().customerGroups(byCarol));
        assertEquals(1, reindexed(byCarol), "auto-share reindexes the new issue once");

        // the reporter's membership counts, not who creates it
        String forCarol = jira().createdKey("agent", "HELP", "Phoned in by Carol", "carol");
        assertEquals(List.of("AutoCo"), jira().customerGroups(forCarol));
        String byAlice = jira().createdKey("alice", "HELP", "Alice is in no auto-share group", null);
        assertNull(jira().customerGroups(byAlice));
        assertEquals(0, reindexed(byAlice));

        // the plugin reports the share as AUTO, made by the creator
        HttpResponse<String> shares = jira().call("GET", PLUGIN + "/issues/" + forCarol + "/shares", "agent", null);
        assertEquals(200, shares.statusCode(), shares.body());
        JsonNode share = SandboxClient.json(shares).path("shares").get(0);
        assertEquals(auto, share.path("groupId").asLong());
        assertEquals("AUTO", share.path("source").asText());
        assertEquals("agent", share.path("sharedBy").path("username").asText());
    }

    @Test
    void aReporterLeavingAGroupTakesItOffTheirTicketsOnly() {
        long cascade = jira().catalogGroup("HELP", "Cascade Co", false, "alice", "bob");
        long other = jira().catalogGroup("HELP", "Other Co", false, "alice");
        String alices = jira().createdKey("alice", "HELP", "Alice's shared ticket", null);
        String bobs = jira().createdKey("bob", "HELP", "Bob's shared ticket", null);
        jira().share(alices, cascade);
        jira().share(alices, other);
        jira().share(bobs, cascade);
        int alicesBefore = reindexed(alices);
        int bobsBefore = reindexed(bobs);

        // Jira's group API: admin removes alice from Cascade Co
        HttpResponse<String> removed = jira().call("DELETE", API + "/group/user?groupname=Cascade%20Co&username=alice",
                "admin", null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of("Other Co"), jira().customerGroups(alices));
        assertEquals(List.of("Cascade Co"), jira().customerGroups(bobs));
        assertEquals(alicesBefore + 1, reindexed(alices));
        assertEquals(bobsBefore, reindexed(bobs), "other reporters' tickets are not touched");
        assertEquals(List.of(id(alices)), SANDBOX.sandbox().issueIndex().lastReindexed());

        // the plugin's own member removal is a membership removal too
        HttpResponse<String> byPlugin = jira().call("DELETE", PLUGIN + "/groups/" + cascade + "/members/bob", "lead", null);
        assertEquals(204, byPlugin.statusCode(), byPlugin.body());
        assertNull(jira().customerGroups(bobs));
        assertEquals(bobsBefore + 1, reindexed(bobs));
        assertJiraError(jira().issue("bob", alices), 404);
        assertEquals(List.of("Other Co"), jira().customerGroups(alices));
    }

    /** The sandbox tells the cascade who removed the member (the signed-in user), so the audit trail names them. */
    @Test
    void theCascadeIsAuditedWithWhoRemovedTheMember() {
        // a reporter of its own, in no other test's (auto-share) groups
        SANDBOX.sandbox().directory().createUser(new HostUser("vera", "Vera Audit", "vera@acme.example", false, false));
        long group = jira().catalogGroup("HELP", "Audited Cascade Co", false, "vera");
        String key = jira().createdKey("vera", "HELP", "Vera's audited ticket", null);
        jira().share(key, group);
        HttpResponse<String> removed = jira().call("DELETE",
                API + "/group/user?groupname=Audited%20Cascade%20Co&username=vera", "admin", null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertNull(jira().customerGroups(key));

        HttpResponse<String> audit = jira().call("GET", PLUGIN + "/audit?issue=" + key + "&action=SHARE_REMOVED",
                "agent", null);
        assertEquals(200, audit.statusCode(), audit.body());
        JsonNode entry = SandboxClient.json(audit).path("values").get(0);
        assertEquals("CASCADE", entry.path("cause").asText(), audit.body());
        assertEquals("admin", entry.path("actor").path("username").asText(), audit.body());
        assertEquals("Audited Cascade Co", entry.path("group").path("name").asText(), audit.body());
    }

    /**
     * Members added or removed through Jira's group API (Jira's user management) are audited with
     * cause DIRECTORY and who did it; the plugin's own additions and removals, which fire the same
     * host events, stay one MANUAL entry each.
     */
    @Test
    void membershipChangesOutsideThePluginAreAuditedOnceWithTheirCause() {
        long group = jira().catalogGroup("HELP", "Directory Audit Co", false, "alice", "bob");

        HttpResponse<String> removed = jira().call("DELETE",
                API + "/group/user?groupname=Directory%20Audit%20Co&username=alice", "admin", null);
        assertEquals(200, removed.statusCode(), removed.body());
        HttpResponse<String> byPlugin = jira().call("DELETE", PLUGIN + "/groups/" + group + "/members/bob", "lead", null);
        assertEquals(204, byPlugin.statusCode(), byPlugin.body());
        HttpResponse<String> added = jira().call("POST", API + "/group/user?groupname=Directory%20Audit%20Co", "admin",
                Map.of("name", "carol"));
        assertEquals(201, added.statusCode(), added.body());

        HttpResponse<String> audit = jira().call("GET", PLUGIN + "/audit?group=" + group + "&limit=100", "admin", null);
        assertEquals(200, audit.statusCode(), audit.body());
        List<String> memberships = new ArrayList<>();
        for (JsonNode entry : SandboxClient.json(audit).path("values")) {
            if (entry.path("action").asText().startsWith("MEMBER_")) {
                memberships.add(0, entry.path("action").asText() + " " + entry.path("cause").asText() + " "
                        + entry.path("user").path("username").asText() + " by "
                        + entry.path("actor").path("username").asText());
            }
        }
        assertEquals(List.of(
                "MEMBER_ADDED MANUAL alice by lead",
                "MEMBER_ADDED MANUAL bob by lead",
                "MEMBER_REMOVED DIRECTORY alice by admin",
                "MEMBER_REMOVED MANUAL bob by lead",
                "MEMBER_ADDED DIRECTORY carol by admin"), memberships, audit.body());
    }
}
