package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.customergroups.sandbox.JiraCalls.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's subset of Jira's REST API v2 over HTTP: Jira's paths, JSON shapes, statuses and error
 * shape {@code {"errorMessages": [...], "errors": {...}}}, per role with the seeded users.
 */
class SandboxJiraRestApiTest {

    private static final String JIRA_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private JiraCalls jira() {
        return new JiraCalls(SANDBOX.client());
    }

    private String base() {
        return "http://localhost:" + SANDBOX.port() + "/jira";
    }

    @Test
    void myselfIsTheCaller() {
        HttpResponse<String> r = jira().call("GET", API + "/myself", "alice", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode me = SandboxClient.json(r);
        assertEquals("alice", me.path("name").asText());
        assertEquals("alice", me.path("key").asText());
        assertEquals("Alice Archer", me.path("displayName").asText());
        assertEquals("alice@acme.example", me.path("emailAddress").asText());
        assertTrue(me.path("active").asBoolean());
        assertEquals(base() + API.substring("/jira".length()) + "/user?username=alice", me.path("self").asText());
        assertEquals(0, me.path("applicationRoles").path("size").asInt());
        JsonNode admin = SandboxClient.json(jira().call("GET", API + "/myself", "admin", null));
        assertEquals(2, admin.path("groups").path("size").asInt(), admin.toString());
        assertEquals(1, admin.path("applicationRoles").path("size").asInt());

        assertJiraError(jira().call("GET", API + "/myself", null, null), 401);
        HttpResponse<String> wrong = SANDBOX.client().get(API + "/myself", "alice", "wrong");
        assertJiraError(wrong, 401);
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void createThenGetAnIssueInJirasShapes() {
        HttpResponse<String> created = jira().create("carol", "HELP", "VPN drops every hour", null);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode ref = SandboxClient.json(created);
        String id = ref.path("id").asText();
        String key = ref.path("key").asText();
        assertTrue(id.matches("\\d+"), created.body());
        assertTrue(key.matches("HELP-\\d+"), created.body());
        assertEquals(base() + "/rest/api/2/issue/" + id, ref.path("self").asText());
        assertEquals(3, ref.size(), created.body());

        HttpResponse<String> byKey = jira().issue("carol", key.toLowerCase());
        assertEquals(200, byKey.statusCode(), byKey.body());
        JsonNode issue = SandboxClient.json(byKey);
        assertEquals(issue, SandboxClient.json(jira().issue("carol", id)), "by id and by key");
        assertEquals(id, issue.path("id").asText());
        assertEquals(key, issue.path("key").asText());
        assertEquals(ref.path("self").asText(), issue.path("self").asText());
        JsonNode fields = issue.path("fields");
        assertEquals("VPN drops every hour", fields.path("summary").asText());
        assertEquals("Created by a test: VPN drops every hour", fields.path("description").asText());
        assertEquals("Open", fields.path("status").path("name").asText());
        JsonNode reporter = fields.path("reporter");
        assertEquals("carol", reporter.path("name").asText());
        assertEquals("carol", reporter.path("key").asText());
        assertEquals("Carol Chen", reporter.path("displayName").asText());
        assertEquals("carol@globex.example", reporter.path("emailAddress").asText());
        JsonNode project = fields.path("project");
        assertEquals("HELP", project.path("key").asText());
        assertEquals("Customer Support", project.path("name").asText());
        assertEquals(String.valueOf(SANDBOX.sandbox().projectsPort().byKey("HELP").orElseThrow().id()),
                project.path("id").asText());
        assertTrue(fields.path("created").asText().matches(JIRA_DATE), fields.toString());
        assertEquals(fields.path("created"), fields.path("updated"));
        JsonNode comments = fields.path("comment");
        assertEquals(0, comments.path("total").asInt());
        assertEquals(0, comments.path("startAt").asInt());
        assertTrue(comments.path("comments").isArray() && comments.path("comments").isEmpty(), comments.toString());
        assertTrue(fields.has("customfield_10100") && fields.get("customfield_10100").isNull(), fields.toString());

        assertJiraError(jira().issue("carol", "HELP-9999"), 404);
        assertJiraError(jira().issue(null, key), 401);
    }

    @Test
    void whoMayCreateAndSetTheReporter() {
        // An agent creates for a reporter (the username ignores case, as in Jira); the reporter defaults to the caller.
        String forAlice = jira().createdKey("agent", "HELP", "Raised by phone for Alice", "ALICE");
        assertEquals("alice", SandboxClient.json(jira().issue("alice", forAlice)).path("fields").path("reporter")
                .path("name").asText());
        // A reporter account creates for itself, not for others.
        String own = jira().createdKey("bob", "HELP", "Bob's own ticket", "bob");
        assertEquals(200, jira().issue("bob", own).statusCode());
        HttpResponse<String> forOther = jira().create("bob", "HELP", "Pretending to be Alice", "alice");
        assertJiraError(forOther, 400);
        assertTrue(SandboxClient.json(forOther).path("errors").has("reporter"), forOther.body());
        // A licensed user without a role in the project may not create there.
        HttpResponse<String> outsider = jira().create("agent", "SALES", "Not my project", null);
        assertJiraError(outsider, 403);
        assertEquals(0, SANDBOX.sandbox().projects().countIssues("SALES"));
        assertJiraError(jira().create(null, "HELP", "Anonymous", null), 401);
    }

    @Test
    void invalidFieldsAreNamedInErrors() {
        HttpResponse<String> r = jira().call("POST", API + "/issue", "agent",
                Map.of("fields", Map.of("project", Map.of("key", "NOPE"), "summary", " ")));
        assertJiraError(r, 400);
        JsonNode errors = SandboxClient.json(r).path("errors");
        assertEquals("valid project is required", errors.path("project").asText());
        assertEquals("You must specify a summary of the issue.", errors.path("summary").asText());

        JsonNode missing = SandboxClient.json(jira().call("POST", API + "/issue", "agent", Map.of()));
        assertEquals("project is required", missing.path("errors").path("project").asText());
        assertTrue(missing.path("errors").has("summary"), missing.toString());
        JsonNode ghost = SandboxClient.json(jira().create("agent", "HELP", "For a ghost", "ghost"));
        assertEquals("The reporter specified is not a user.", ghost.path("errors").path("reporter").asText());
        assertJiraError(jira().create("agent", "HELP", "x".repeat(256), null), 400);
    }

    @Test
    void commentsArePostedAndReadInOrder() {
        String key = jira().createdKey("alice", "HELP", "Please call me back", null);
        HttpResponse<String> first = jira().comment("alice", key, "Any news?");
        assertEquals(201, first.statusCode(), first.body());
        JsonNode comment = SandboxClient.json(first);
        String issueId = SandboxClient.json(jira().issue("alice", key)).path("id").asText();
        assertEquals(base() + "/rest/api/2/issue/" + issueId + "/comment/" + comment.path("id").asText(),
                comment.path("self").asText());
        assertEquals("Any news?", comment.path("body").asText());
        assertEquals("alice", comment.path("author").path("name").asText());
        assertEquals("Alice Archer", comment.path("author").path("displayName").asText());
        assertEquals(comment.path("author"), comment.path("updateAuthor"));
        assertTrue(comment.path("created").asText().matches(JIRA_DATE), first.body());
        assertEquals(comment.path("created"), comment.path("updated"));
        assertEquals(201, jira().comment("agent", key, "Calling you <today>").statusCode());

        JsonNode page = SandboxClient.json(jira().issue("alice", key)).path("fields").path("comment");
        assertEquals(2, page.path("total").asInt());
        assertEquals(2, page.path("maxResults").asInt());
        assertEquals(List.of("Any news?", "Calling you <today>"),
                List.of(page.path("comments").get(0).path("body").asText(), page.path("comments").get(1).path("body").asText()));
        assertEquals(page, SandboxClient.json(jira().call("GET", API + "/issue/" + key + "/comment", "agent", null)));

        HttpResponse<String> blank = jira().comment("alice", key, "  ");
        assertJiraError(blank, 400);
        assertEquals("Comment body can not be empty!", SandboxClient.json(blank).path("errors").path("comment").asText());
        assertJiraError(jira().comment("carol", key, "Not my ticket"), 404);
        assertJiraError(jira().comment(null, key, "Anonymous"), 401);
        assertJiraError(jira().comment("alice", "HELP-9999", "Nothing there"), 404);
    }

    @Test
    void jiraAdministratorsAddAndRemoveGroupMembers() {
        SANDBOX.sandbox().directoryPort().createGroup("API Testers");
        String path = API + "/group/user?groupname=api%20testers";
        HttpResponse<String> added = jira().call("POST", path, "admin", Map.of("name", "carol"));
        assertEquals(201, added.statusCode(), added.body());
        JsonNode group = SandboxClient.json(added);
        assertEquals("API Testers", group.path("name").asText());
        assertEquals(base() + "/rest/api/2/group?groupname=API%20Testers", group.path("self").asText());
        assertEquals(1, group.path("users").path("size").asInt());
        assertEquals("users", group.path("expand").asText());
        assertTrue(SANDBOX.sandbox().directory().isMember("carol", "API Testers"));

        assertJiraError(jira().call("POST", path, "admin", Map.of("name", "carol")), 400);
        assertJiraError(jira().call("POST", path, "lead", Map.of("name", "bob")), 403);
        assertJiraError(jira().call("POST", path, null, Map.of("name", "bob")), 401);
        assertJiraError(jira().call("POST", API + "/group/user?groupname=nope", "admin", Map.of("name", "bob")), 404);
        assertJiraError(jira().call("POST", path, "admin", Map.of("name", "ghost")), 404);
        assertJiraError(jira().call("POST", API + "/group/user", "admin", Map.of("name", "bob")), 400);
        assertFalse(SANDBOX.sandbox().directory().isMember("bob", "API Testers"));

        String remove = path + "&username=carol";
        assertJiraError(jira().call("DELETE", remove, "lead", null), 403);
        HttpResponse<String> removed = jira().call("DELETE", remove, "admin", null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals("", removed.body());
        assertFalse(SANDBOX.sandbox().directory().isMember("carol", "API Testers"));
        assertJiraError(jira().call("DELETE", remove, "admin", null), 400);
    }

    @Test
    void formPostsFailTheXsrfCheckAndOnlyJsonIsRead() {
        int before = SANDBOX.sandbox().projects().countIssues("HELP");
        String form = "fields=x";
        HttpResponse<String> forged = SANDBOX.client().raw("POST", API + "/issue", "agent",
                "application/x-www-form-urlencoded", form);
        assertJiraError(forged, 403);
        assertEquals(List.of("XSRF check failed"), List.of(SandboxClient.json(forged).path("errorMessages").get(0).asText()));
        assertJiraError(SANDBOX.client().raw("POST", API + "/issue/HELP-1/comment", "alice", "text/plain", "hi"), 403);
        // With Jira's no-check token (which browsers do not let other sites send) the request gets through, but is not JSON.
        assertJiraError(SANDBOX.client().raw("POST", API + "/issue", "agent", "application/x-www-form-urlencoded", form,
                "X-Atlassian-Token", "no-check"), 415);
        assertJiraError(SANDBOX.client().raw("POST", API + "/issue", "agent", "application/json", "{not json"), 400);
        assertEquals(before, SANDBOX.sandbox().projects().countIssues("HELP"));
        assertJiraError(jira().call("GET", API + "/no-such-resource", "agent", null), 404);
    }

    static void assertJiraError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonNode error = SandboxClient.json(r);
        assertTrue(error.path("errorMessages").isArray(), r.body());
        assertTrue(error.path("errors").isObject(), r.body());
        assertFalse(error.path("errorMessages").isEmpty() && error.path("errors").isEmpty(), r.body());
    }
}
