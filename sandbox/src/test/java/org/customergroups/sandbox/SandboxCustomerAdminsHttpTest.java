package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "User custom field value (Customer Admins)" in the sandbox's permission scheme: a licensed customer admin opens an
 * unshared ticket of a colleague in one of the project's catalog groups through the plugin's Customer Admins field
 * type (computed live), while a plain member of the same group cannot; joining and leaving Customer Admins reindexes
 * those tickets, and the Ticket sharing box reports the grant.
 */
class SandboxCustomerAdminsHttpTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private JiraCalls jira() {
        return new JiraCalls(SANDBOX.client());
    }

    @Test
    void aLicensedCustomerAdminOpensAColleaguesUnsharedTicketAPlainMemberDoesNot() {
        HttpResponse<String> created = jira().call("POST", JiraCalls.API + "/user", "admin", Map.of(
                "name", "cadmin", "emailAddress", "cadmin@acme.example", "displayName", "Cara Admin"));
        assertEquals(201, created.statusCode(), created.body());
        jira().catalogGroup("HELP", "Admins Field Co", false, "bob", "carol", "cadmin");
        String key = jira().createdKey("bob", "HELP", "Unshared ticket of bob", null);
        assertEquals(List.of(), shares(key), "nothing shares it");

        assertEquals(404, browse(key, "cadmin"), "not a customer admin yet");
        assertEquals(404, browse(key, "carol"));

        long admins = groupId("Customer Admins");
        int before = reindexed(key);
        int alices = reindexed("HELP-1");
        HttpResponse<String> added = jira().call("POST", JiraCalls.PLUGIN + "/groups/" + admins + "/members", "admin",
                Map.of("usernames", List.of("cadmin")));
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(before + 1, reindexed(key), "joining Customer Admins reindexes the tickets the admin now sees");
        assertEquals(alices, reindexed("HELP-1"), "not tickets of reporters outside the admin's groups");

        assertEquals(200, browse(key, "cadmin"), "through the Customer Admins field, computed when the page opens");
        assertEquals(404, browse(key, "carol"), "a plain member of the same group");
        assertEquals(404, browse("HELP-1", "cadmin"), "alice is in no group with cadmin");
        assertEquals(200, SANDBOX.client().get("/jira/browse/" + key, "bob").statusCode(), "the reporter");

        HttpResponse<String> removed = jira().call("DELETE", JiraCalls.PLUGIN + "/groups/" + admins + "/members/cadmin",
                "admin", null);
        assertTrue(removed.statusCode() == 200 || removed.statusCode() == 204, removed.body());
        assertEquals(404, browse(key, "cadmin"), "leaving Customer Admins ends it at once");
        assertEquals(before + 2, reindexed(key), "and reindexes them again");
    }

    @Test
    void theTicketSharingBoxReportsTheCustomerAdminsGrant() {
        HttpResponse<String> r = jira().call("GET", JiraCalls.PLUGIN + "/projects/HELP/sharing-setup", "admin", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode setup = SandboxClient.json(r);
        assertTrue(setup.path("ready").asBoolean(), r.body());
        assertEquals("customfield_10300", setup.path("adminsFieldId").asText(), r.body());
        assertEquals("Customer Admins", setup.path("adminsFieldName").asText());
        assertTrue(setup.path("adminsBrowseGranted").asBoolean());
        assertTrue(setup.path("adminsReady").asBoolean());
    }

    private static int reindexed(String key) {
        long id = SANDBOX.sandbox().issuesPort().byKey(key).orElseThrow().id();
        return SANDBOX.sandbox().issueIndex().timesReindexed(id);
    }

    private static int browse(String key, String user) {
        return SANDBOX.client().get("/jira/browse/" + key, user).statusCode();
    }

    private List<String> shares(String key) {
        List<String> groups = jira().customerGroups(key);
        return groups == null ? List.of() : groups;
    }

    private long groupId(String name) {
        HttpResponse<String> r = jira().call("GET", JiraCalls.PLUGIN + "/groups?query="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), "admin", null);
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode g : SandboxClient.json(r).path("values")) {
            if (name.equals(g.path("name").asText())) {
                return g.path("id").asLong();
            }
        }
        throw new AssertionError(name + " not listed: " + r.body());
    }
}
