package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.customergroups.sandbox.JiraCalls.PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox as the reporter portal's host, over HTTP: reporters sign in and land on the portal, an
 * anonymous portal page goes to the login page and back, requests created through the sandbox's Requests
 * port run Auto-share and reach the search index, and the plugin's portal and form REST work over the
 * running sandbox (create, list, read with the seeded attachment, comment, who sees what). Each test makes
 * its own groups and tickets, so the order does not matter.
 */
class SandboxPortalHttpTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String PORTAL = "/jira/plugins/servlet/customer-groups/portal";

    private JiraCalls jira() {
        return new JiraCalls(SANDBOX.client());
    }

    private long helpId() {
        return SANDBOX.sandbox().projectsPort().byKey("HELP").orElseThrow().id();
    }

    // ---------------------------------------------------------------------------------------------
    // signing in

    @Test
    void aReporterSigningInWithoutADestinationLandsOnMyRequests() {
        HttpResponse<String> reporter = new SandboxClient(SANDBOX.port()).postForm("/jira/login.jsp",
                Map.of("os_username", "alice", "os_password", "alice"));
        assertEquals(302, reporter.statusCode());
        assertEquals(PORTAL + "/requests", SandboxClient.location(reporter));

        HttpResponse<String> agent = new SandboxClient(SANDBOX.port()).postForm("/jira/login.jsp",
                Map.of("os_username", "agent", "os_password", "agent"));
        assertEquals("/jira/", SandboxClient.location(agent), "licensed users keep Jira's home");

        HttpResponse<String> elsewhere = new SandboxClient(SANDBOX.port()).postForm("/jira/login.jsp",
                Map.of("os_username", "alice", "os_password", "alice", "os_destination", "/jira/browse/HELP-1"));
        assertEquals("/jira/browse/HELP-1", SandboxClient.location(elsewhere), "a destination wins");
    }

    @Test
    void anAnonymousPortalPageGoesToLoginAndComesBackAfterSigningIn() {
        SandboxClient browser = new SandboxClient(SANDBOX.port());
        String page = PORTAL + "/requests/HELP-1?commentsStart=0";
        HttpResponse<String> anonymous = browser.anonymous(page);
        assertEquals(302, anonymous.statusCode());
        assertEquals("/jira/login.jsp?os_destination=" + URLEncoder.encode(page, StandardCharsets.UTF_8),
                SandboxClient.location(anonymous));

        HttpResponse<String> login = browser.postForm("/jira/login.jsp",
                Map.of("os_username", "alice", "os_password", "alice", "os_destination", page));
        assertEquals(302, login.statusCode());
        assertEquals(page, SandboxClient.location(login));

        HttpResponse<String> portal = browser.anonymous(page); // the session cookie, no Basic header
        assertEquals(200, portal.statusCode(), portal.body());
        assertTrue(portal.body().contains("HELP-1"), portal.body());
        assertTrue(portal.body().contains("id=\"sbx-portal-link\""), "the sandbox's header links My requests");
    }

    // ---------------------------------------------------------------------------------------------
    // the Requests port in the running sandbox

    @Test
    void aRequestCreatedThroughThePortIsAutoSharedIndexedAndFound() {
        jira().catalogGroup("HELP", "Port Auto", true, "carol");
        IssueRef created = SANDBOX.sandbox().requestsPort().create(helpId(), "carol", "Through the port", "Hi");

        assertEquals("carol", created.reporterKey());
        assertEquals(List.of("Port Auto"), jira().customerGroups(created.key()), "Auto-share ran on create");
        assertEquals(List.of("port auto"), SANDBOX.sandbox().requestIndex().indexed(created.id()));
        List<String> found = SANDBOX.sandbox().requestsPort()
                .search(new RequestQuery(null, List.of("Port Auto"), RequestState.OPEN), new PageRequest(0, 10))
                .values().stream().map(RequestRow::issue).map(IssueRef::key).toList();
        assertEquals(List.of(created.key()), found);

        // a share made through the plugin's REST reindexes, and the search follows
        long other = jira().catalogGroup("HELP", "Port Later", false, "bob");
        jira().share(created.key(), other);
        assertEquals(List.of("port auto", "port later"), SANDBOX.sandbox().requestIndex().indexed(created.id()));
    }

    // ---------------------------------------------------------------------------------------------
    // the plugin's portal and form REST over the running sandbox

    @Test
    void formSubmissionListsReadsAndCommentsThroughThePortalRest() {
        long group = jira().catalogGroup("HELP", "Portal Friends", false, "alice", "bob");
        HttpResponse<String> submitted = jira().call("POST", PLUGIN + "/forms/HELP/requests", "alice",
                Map.of("summary", "Printer jams on page 2", "description", "Every time.", "groupIds", List.of()));
        assertEquals(201, submitted.statusCode(), submitted.body());
        String key = SandboxClient.json(submitted).path("key").asText();
        assertTrue(key.startsWith("HELP-"), key);
        assertEquals("alice", SANDBOX.sandbox().issuesPort().byKey(key).orElseThrow().reporterUsername());

        // not shared yet: bob (same group) does not see it; after a share he does
        assertEquals(404, jira().call("GET", PLUGIN + "/portal/requests/" + key, "bob", null).statusCode());
        jira().share(key, group);
        assertTrue(keys(jira().call("GET", PLUGIN + "/portal/requests?scope=SHARED&limit=100", "bob", null)).contains(key));
        assertTrue(keys(jira().call("GET", PLUGIN + "/portal/requests?scope=MINE&limit=100", "alice", null)).contains(key));
        assertFalse(keys(jira().call("GET", PLUGIN + "/portal/requests?scope=ALL&limit=100", "carol", null)).contains(key));

        HttpResponse<String> comment = jira().call("POST", PLUGIN + "/portal/requests/" + key + "/comments", "bob",
                Map.of("body", "Same here"));
        assertEquals(201, comment.statusCode(), comment.body());
        HttpResponse<String> internal = jira().call("POST", JiraCalls.API + "/issue/" + key + "/comment", "agent",
                Map.of("body", "Internal: check the firmware", "visibility", Map.of("type", "role", "value", "Agents")));
        assertEquals(201, internal.statusCode(), internal.body());

        HttpResponse<String> read = jira().call("GET", PLUGIN + "/portal/requests/" + key, "alice", null);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode request = SandboxClient.json(read);
        assertEquals("Printer jams on page 2", request.path("summary").asText());
        assertEquals("Open", request.path("status").asText());
        assertFalse(request.path("done").asBoolean());
        JsonNode comments = request.path("comments");
        assertEquals(1, comments.path("total").asInt(), "the internal comment never reaches the portal");
        assertEquals("Same here", comments.path("values").get(0).path("body").asText());

        assertEquals(404, jira().call("GET", PLUGIN + "/portal/requests/" + key, "carol", null).statusCode());
        assertEquals(401, jira().call("GET", PLUGIN + "/portal/requests/" + key, null, null).statusCode());

        // Existence does not leak on the pages either: carol's page for the request reads as one for no request.
        SandboxClient pages = new SandboxClient(SANDBOX.port());
        HttpResponse<String> hidden = pages.get(PORTAL + "/requests/" + key, "carol", "carol");
        HttpResponse<String> unknown = pages.get(PORTAL + "/requests/HELP-99999", "carol", "carol");
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(hidden.body().contains("There is no request with key " + key + " that you can see."), hidden.body());
        assertEquals(unknown.body().replace("HELP-99999", key), hidden.body());
        assertEquals("SAMEORIGIN", hidden.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void theSeededRequestShowsItsAttachmentAndTheStateFilterUsesTheDoneCategory() {
        HttpResponse<String> read = jira().call("GET", PLUGIN + "/portal/requests/HELP-1", "alice", null);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode attachments = SandboxClient.json(read).path("attachments");
        assertEquals(1, attachments.size(), read.body());
        assertEquals("portal-error.png", attachments.get(0).path("filename").asText());
        assertEquals(48_213, attachments.get(0).path("size").asLong());

        List<String> closed = keys(jira().call("GET", PLUGIN + "/portal/requests?scope=MINE&state=CLOSED", "alice", null));
        List<String> open = keys(jira().call("GET", PLUGIN + "/portal/requests?scope=MINE&state=OPEN&limit=100", "alice", null));
        assertTrue(closed.contains("HELP-3"), closed.toString());
        assertFalse(closed.contains("HELP-1"), closed.toString());
        assertTrue(open.containsAll(List.of("HELP-1", "HELP-2")), open.toString());
        assertFalse(open.contains("HELP-3"), open.toString());
    }

    @Test
    void theDemoSeedsHelpsFormOnWhileSalesWithoutAFormIsUnknownToReporters() {
        // HELP: the seed's form, on, with the Customer Group block.
        HttpResponse<String> help = jira().call("GET", PLUGIN + "/forms/HELP", "carol", null);
        assertEquals(200, help.statusCode(), help.body());
        JsonNode helpForm = SandboxClient.json(help).path("form");
        assertTrue(helpForm.path("enabled").asBoolean());
        assertTrue(helpForm.path("groupBlock").path("enabled").asBoolean(), help.body());

        // SALES never saved its form: REST and the page answer as for a project that does not exist.
        for (String who : List.of("carol", "alice", "agent", "lead")) {
            assertSameAsUnknown(jira().call("GET", PLUGIN + "/forms/SALES", who, null),
                    jira().call("GET", PLUGIN + "/forms/NOPE", who, null));
            assertSameAsUnknown(jira().call("POST", PLUGIN + "/forms/SALES/requests", who,
                            Map.of("summary", "Let me in", "groupIds", List.of())),
                    jira().call("POST", PLUGIN + "/forms/NOPE/requests", who,
                            Map.of("summary", "Let me in", "groupIds", List.of())));
            SandboxClient pages = new SandboxClient(SANDBOX.port());
            assertSameAsUnknown(pages.get(PORTAL + "/form/SALES", who, who), pages.get(PORTAL + "/form/NOPE", who, who));
            assertSameAsUnknown(pages.get(PORTAL + "/form/SALES?embed=1", who, who),
                    pages.get(PORTAL + "/form/NOPE?embed=1", who, who));
        }

        // SALES's admin reads the definition (off) and turns it on; then reporters use it, and off it hides again.
        HttpResponse<String> definition = jira().call("GET", PLUGIN + "/forms/SALES/definition", "admin", null);
        assertEquals(200, definition.statusCode(), definition.body());
        assertFalse(SandboxClient.json(definition).path("enabled").asBoolean());
        try {
            assertEquals(200, jira().call("PUT", PLUGIN + "/forms/SALES", "admin", Map.of("enabled", true))
                    .statusCode());
            HttpResponse<String> view = jira().call("GET", PLUGIN + "/forms/SALES", "carol", null);
            assertEquals(200, view.statusCode(), view.body());
            assertEquals("Sales Requests", SandboxClient.json(view).path("project").path("name").asText());
            HttpResponse<String> created = jira().call("POST", PLUGIN + "/forms/SALES/requests", "carol",
                    Map.of("summary", "Quote please", "groupIds", List.of()));
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(SandboxClient.json(created).path("key").asText().startsWith("SALES-"), created.body());
        } finally {
            jira().call("PUT", PLUGIN + "/forms/SALES", "admin", Map.of("enabled", false));
        }
        assertSameAsUnknown(jira().call("GET", PLUGIN + "/forms/SALES", "carol", null),
                jira().call("GET", PLUGIN + "/forms/NOPE", "carol", null));
    }

    /** The same 404, body for body but the key: nothing tells a hidden project from a key that does not exist. */
    private static void assertSameAsUnknown(HttpResponse<String> hidden, HttpResponse<String> unknown) {
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("There is no project with key NOPE."), unknown.body());
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(unknown.body().replace("NOPE", "SALES"), hidden.body());
        assertFalse(hidden.body().contains("Sales Requests"), hidden.body());
    }

    private static List<String> keys(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        List<String> keys = new ArrayList<>();
        SandboxClient.json(response).path("values").forEach(v -> keys.add(v.path("key").asText()));
        return keys;
    }
}
