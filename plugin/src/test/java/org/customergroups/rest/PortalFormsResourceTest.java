package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.domain.AccountType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.customergroups.rest.RestAssertions.assertError;
import static org.customergroups.rest.RestAssertions.assertOk;
import static org.customergroups.rest.RestAssertions.fieldNames;
import static org.customergroups.rest.RestAssertions.texts;
import static org.customergroups.rest.RestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /portal}, {@code /forms} and {@code /projects/{key}/authorized-reporters} over the real services. World:
 * Acme (1: alice, bob) and Globex (2: carol) in HELP's catalog; HELP-1 by alice shared with Acme.
 */
class PortalFormsResourceTest {

    private static final String XSS = "<script>alert(\\\"x\\\")</script>";
    private static final String XSS_PLAIN = "<script>alert(\"x\")</script>";
    private RestFixture rest;

    @BeforeEach
    void setUp() {
        rest = new RestFixture();
        rest.services.host.directory.addUser("dora", "Dora Dunn", "dora@initech.example", AccountType.REPORTER);
        assertOk(rest.as("admin").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201);
        assertOk(rest.post("groups", json("{'name':'Globex','projectKey':'HELP'}")), 201);
        assertOk(rest.post("groups", json("{'name':'Initech'}")), 201);
        assertOk(rest.post("groups/1/members", json("{'usernames':['alice','bob']}")), 200);
        assertOk(rest.post("groups/2/members", json("{'usernames':['carol']}")), 200);
        assertOk(rest.post("groups/3/members", json("{'usernames':['dora']}")), 200);
        rest.services.requests.put(rest.services.host.issue(20_001, "HELP-1", rest.services.host.help, "alice"),
                "Printer", "It burns");
        assertOk(rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':1}")), 201);
    }

    @AfterEach
    void tearDown() {
        rest.close();
    }

    @Test
    void portalAccessMatrixAndExistenceDoesNotLeak() {
        for (String who : List.of("alice", "bob")) {
            JsonNode page = assertOk(rest.as(who).get("portal/requests/HELP-1"), 200);
            assertEquals("Printer", page.get("summary").asText());
            assertEquals(List.of("Acme"), texts(page.get("sharedGroups"), null));
            assertEquals("alice", page.at("/reporter/username").asText());
            assertTrue(page.get("canComment").asBoolean());
        }
        for (String who : List.of("carol", "agent", "staff")) {
            String hidden = rest.as(who).get("portal/requests/HELP-1").body();
            assertError(rest.get("portal/requests/HELP-1"), 404,
                    "There is no request with key HELP-1 that you can see.", null);
            assertError(rest.get("portal/requests/HELP-9"), 404,
                    "There is no request with key HELP-9 that you can see.", null);
            assertEquals(hidden.replace("HELP-1", "HELP-9"), rest.get("portal/requests/HELP-9").body(),
                    "invisible and unknown read the same");
            assertError(rest.post("portal/requests/HELP-1/comments", json("{'body':'x'}")), 404,
                    "There is no request with key HELP-1 that you can see.", null);
        }
        rest.as(null);
        for (String path : List.of("portal/requests", "portal/groups", "portal/requests/HELP-1", "forms/HELP",
                "forms/HELP/definition", "projects/HELP/authorized-reporters")) {
            assertEquals(401, rest.get(path).status(), path);
        }
        assertEquals(401, rest.post("portal/requests/HELP-1/comments", json("{'body':'x'}")).status());
        assertEquals(401, rest.post("forms/HELP/requests", json("{'summary':'x'}")).status());
    }

    @Test
    void commentsAndListsReturnTextAsData() {
        JsonNode c = assertOk(rest.as("bob").post("portal/requests/HELP-1/comments",
                "{\"body\":\"" + XSS + "\"}"), 201);
        assertEquals(XSS_PLAIN, c.get("body").asText());
        assertEquals("key-bob", c.at("/author/key").asText());
        JsonNode page = assertOk(rest.as("alice").get("portal/requests/HELP-1?commentsLimit=1"), 200);
        assertEquals(1, page.at("/comments/total").asInt());
        assertEquals(XSS_PLAIN, page.at("/comments/values/0/body").asText());

        JsonNode list = assertOk(rest.as("bob").get("portal/requests?scope=SHARED&state=OPEN"), 200);
        assertEquals(List.of("HELP-1"), texts(list.get("values"), "/key"));
        assertEquals(List.of("key", "summary", "status", "done", "updated", "project"),
                fieldNames(list.at("/values/0")));
        assertEquals(List.of(), texts(assertOk(rest.get("portal/requests?scope=MINE"), 200).get("values"), "/key"));
        assertEquals(List.of("Acme"), texts(assertOk(rest.get("portal/groups"), 200), "/name"));
        assertError(rest.get("portal/requests?scope=EVERYTHING"), 400,
                "The value EVERYTHING is not one of ALL, MINE, SHARED, GROUP.", "scope");
        assertError(rest.get("portal/requests?scope=GROUP&group=abc"), 400,
                "The group parameter must be a customer group id (a number), not abc.", "group");
        assertError(rest.get("portal/requests?scope=GROUP&group=2"), 400,
                "You are not a member of a customer group with id 2.", "group");
        assertError(rest.post("portal/requests/HELP-1/comments", json("{'body':'  '}")), 400,
                "Write a comment first: it cannot be empty.", "body");
    }

    @Test
    void neverSavedFormAnswersExactlyLikeAnUnknownProjectUntilAnAdminEnablesIt() {
        for (String who : List.of("alice", "carol", "dora", "agent", "staff")) {
            rest.as(who);
            assertSameAsUnknown(rest.get("forms/HELP"), rest.get("forms/NOPE"));
            assertSameAsUnknown(rest.post("forms/HELP/requests", json("{'summary':'x','groupIds':[]}")),
                    rest.post("forms/NOPE/requests", json("{'summary':'x','groupIds':[]}")));
            assertSameAsUnknown(rest.get("forms/HELP/definition"), rest.get("forms/NOPE/definition"));
            assertSameAsUnknown(rest.put("forms/HELP", json("{'enabled':true}")),
                    rest.put("forms/NOPE", json("{'enabled':true}")));
        }
        assertEquals(0, rest.services.requests.created().size(), "nothing was created in HELP");

        // The project's admin sees why, reads the definition (off) and turns the form on.
        rest.as("lead");
        assertError(rest.get("forms/HELP"), 404, "The request form of project HELP is off. Its administrators turn "
                + "it on in the project's Customer Groups settings (Request form).", null);
        JsonNode initial = assertOk(rest.get("forms/HELP/definition"), 200);
        assertFalse(initial.get("enabled").asBoolean());
        assertTrue(initial.get("updatedAt").isNull());
        assertTrue(initial.get("updatedByName").isNull());
        assertTrue(assertOk(rest.put("forms/HELP", json("{'enabled':true}")), 200).get("enabled").asBoolean());

        assertEquals("HELP", assertOk(rest.as("alice").get("forms/HELP"), 200).at("/project/key").asText());
        assertOk(rest.post("forms/HELP/requests", json("{'summary':'Now it works','groupIds':[]}")), 201);
        assertEquals(1, rest.services.requests.created().size());

        // Switched off again: hidden again.
        assertOk(rest.as("lead").put("forms/HELP", json("{'enabled':false}")), 200);
        assertSameAsUnknown(rest.as("alice").get("forms/HELP"), rest.get("forms/NOPE"));
    }

    /** Same status and the same body but for the key: a form that is off says nothing about its project. */
    private static void assertSameAsUnknown(RestFixture.Reply hidden, RestFixture.Reply unknown) {
        assertError(unknown, 404, "There is no project with key NOPE.", null);
        assertEquals(404, hidden.status(), hidden.body());
        assertEquals(unknown.body().replace("NOPE", "HELP"), hidden.body());
    }

    @Test
    void aPutWithoutEnabledSavesTheFormOff() {
        rest.as("lead");
        assertOk(rest.put("forms/HELP", json("{'enabled':true}")), 200);
        JsonNode saved = assertOk(rest.put("forms/HELP", json("{'title':'Helpdesk'}")), 200);
        assertFalse(saved.get("enabled").asBoolean());
        assertError(rest.as("alice").get("forms/HELP"), 404, "There is no project with key HELP.", null);
    }

    @Test
    void formDefinitionViewAndSubmit() {
        assertError(rest.as("agent").put("forms/HELP", json("{'title':'x'}")), 404,
                "There is no project with key HELP.", null);
        JsonNode saved = assertOk(rest.as("lead").put("forms/HELP", "{\"enabled\":true,\"title\":\"" + XSS + "\",\"groupBlock\":"
                + "{\"enabled\":true,\"label\":\"Company\",\"required\":true}}"), 200);
        assertError(rest.as("agent").put("forms/HELP", json("{'title':'x'}")), 403,
                "Only administrators of project HELP can change its request form.", null);
        rest.as("lead");
        assertEquals(XSS_PLAIN, saved.get("title").asText());
        assertEquals("key-lead", saved.get("updatedBy").asText());
        // The editor's "Last saved by" names the user, not the key.
        assertEquals("Leo Lead", saved.get("updatedByName").asText());
        assertEquals(saved, assertOk(rest.get("forms/HELP/definition"), 200));

        JsonNode view = assertOk(rest.as("alice").get("forms/HELP"), 200);
        assertEquals("HELP", view.at("/project/key").asText());
        assertEquals(XSS_PLAIN, view.at("/form/title").asText());
        assertTrue(view.at("/form/updatedBy").isNull());
        assertTrue(view.at("/form/updatedByName").isNull());
        assertEquals(List.of("Acme"), texts(view.get("groupOptions"), "/name"));
        assertTrue(view.get("canSubmit").asBoolean());
        assertTrue(view.get("refusal").isNull());

        RestFixture.Reply missing = rest.post("forms/HELP/requests", json("{'summary':' ','groupIds':[]}"));
        assertEquals(400, missing.status());
        JsonNode err = missing.json();
        assertEquals(List.of("status", "message", "field", "errors"), fieldNames(err));
        assertEquals("summary", err.get("field").asText());
        assertEquals(List.of("summary", "groupIds"), texts(err.get("errors"), "/field"));
        assertEquals(List.of("Enter a summary: it is required.", "Choose a customer group: this form requires one."),
                texts(err.get("errors"), "/message"));
        assertError(rest.post("forms/HELP/requests", json("{'summary':'x','groupIds':[2]}")), 400,
                "This form does not offer the customer group(s) with id 2 to you.", "groupIds");
        assertError(rest.post("forms/HELP/requests", json("{'summary':'x','groupIds':[3]}")), 400,
                "This form does not offer the customer group(s) with id 3 to you.", "groupIds");

        RestFixture.Reply created = rest.post("forms/HELP/requests",
                "{\"summary\":\"" + XSS + "\",\"description\":\"" + XSS + "\",\"groupIds\":[1]}");
        JsonNode body = assertOk(created, 201);
        String key = body.get("key").asText();
        assertEquals("http://localhost/jira/plugins/servlet/customer-groups/portal/requests/" + key,
                body.get("url").asText());
        assertEquals(body.get("url").asText(), created.location());
        JsonNode page = assertOk(rest.as("bob").get("portal/requests/" + key), 200);
        assertEquals(XSS_PLAIN, page.get("summary").asText());
        assertEquals(XSS_PLAIN, page.get("description").asText());
        assertEquals(List.of("Acme"), texts(page.get("sharedGroups"), null));
    }

    @Test
    void restrictedProjectThroughRest() {
        assertOk(rest.as("lead").put("forms/HELP", json("{'enabled':true}")), 200);
        assertError(rest.as("agent").get("projects/HELP/authorized-reporters"), 403,
                "Only administrators of project HELP can change who may create requests there.", null);
        JsonNode open = assertOk(rest.as("lead").get("projects/HELP/authorized-reporters"), 200);
        assertFalse(open.get("restricted").asBoolean());
        assertEquals(List.of("restricted", "groups", "createPermissionHint", "updatedBy", "updatedAt"),
                fieldNames(open));
        assertError(rest.put("projects/HELP/authorized-reporters", json("{'restricted':true,'groupIds':[1,99]}")),
                400, "There is no customer group with id 99.", "groupIds");
        JsonNode saved = assertOk(rest.put("projects/HELP/authorized-reporters",
                json("{'restricted':true,'groupIds':[3,1]}")), 200);
        assertEquals(List.of("Acme", "Initech"), texts(saved.get("groups"), "/name"));

        JsonNode carol = assertOk(rest.as("carol").get("forms/HELP"), 200);
        assertFalse(carol.get("canSubmit").asBoolean());
        String refusal = "Project HELP is restricted: only members of its authorized customer groups can create "
                + "requests there. Ask the project's administrators to add one of your groups.";
        assertEquals(refusal, carol.get("refusal").asText());
        assertError(rest.post("forms/HELP/requests", json("{'summary':'x'}")), 403, refusal, null);
        assertOk(rest.as("dora").post("forms/HELP/requests", json("{'summary':'x'}")), 201);
        assertOk(rest.as("agent").post("forms/HELP/requests", json("{'summary':'x'}")), 201);
    }
}
