package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.customergroups.domain.SharingSetup;
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
 * {@code GET /issues/{key}/access/{username}}: HELP-1 is alice's and shared with Acme (alice, bob) by the agent;
 * carol is in no group.
 */
class IssueAccessResourceTest {

    private RestFixture rest;
    private long acme;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        acme = assertOk(rest.as("admin").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201)
                .get("id").asLong();
        assertOk(rest.post("groups/" + acme + "/members", json("{'usernames':['alice','bob']}")), 200);
        rest.services.host.issue(20_001, "HELP-1", rest.services.host.help, "alice");
        assertOk(rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':" + acme + "}")), 201);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void explainsEachReasonAsJson() throws Exception {
        JsonNode alice = assertOk(rest.as("agent").get("issues/help-1/access/alice"), 200);

        assertEquals(List.of("issue", "user", "canSee", "jiraBrowse", "paths", "setup"), fieldNames(alice));
        JsonNode expected = new ObjectMapper().readTree(json("{'issue':{'id':20001,'key':'HELP-1'},"
                + "'user':{'key':'key-alice','username':'alice','displayName':'Alice Anders','type':'REPORTER'},"
                + "'canSee':true,'jiraBrowse':true,'paths':["
                + "{'kind':'REPORTER','group':null,'sharedBy':null,'sharedAt':null,'source':null},"
                + "{'kind':'SHARED_GROUP','group':{'id':" + acme + ",'name':'Acme'},"
                + "'sharedBy':{'key':'key-agent','username':'agent','displayName':'Agnes Agent'},"
                + "'sharedAt':'2026-11-24T08:00:00Z','source':'AGENT'}],"
                + "'setup':{'complete':false,'fieldId':null,'fieldName':null,"
                + "'schemeName':'Default Permission Scheme','browseGranted':false,'addCommentsGranted':false,"
                + "'adminsReady':false,'adminsFieldName':null}}"));
        assertEquals(expected, alice);

        JsonNode bob = assertOk(rest.get("issues/HELP-1/access/bob"), 200);
        assertEquals(List.of("SHARED_GROUP"), texts(bob.get("paths"), "/kind"));
        assertTrue(bob.get("canSee").asBoolean());
        assertFalse(bob.get("jiraBrowse").asBoolean());

        JsonNode carol = assertOk(rest.get("issues/HELP-1/access/carol"), 200);
        assertEquals(0, carol.get("paths").size());
        assertFalse(carol.get("canSee").asBoolean());

        rest.services.host.schemes.set(rest.services.host.help.id(), new SharingSetup("customfield_10100",
                "Customer Groups", "Helpdesk scheme", true, true));
        JsonNode agent = assertOk(rest.as("lead").get("issues/HELP-1/access/agent"), 200);
        assertEquals(List.of("JIRA_PERMISSION"), texts(agent.get("paths"), "/kind"));
        assertTrue(agent.at("/setup/complete").asBoolean());
        assertEquals("customfield_10100", agent.at("/setup/fieldId").asText());
    }

    @Test
    void onlyThoseWhoMayEditTheIssueMayAsk() {
        assertError(rest.as("alice").get("issues/HELP-1/access/bob"), 403,
                "Only users who can edit issue HELP-1 can ask why someone can see it.", null);
        assertError(rest.as("staff").get("issues/HELP-1/access/bob"), 404,
                "There is no issue with key HELP-1 that you can see.", null);
        assertError(rest.as("agent").get("issues/HELP-9/access/bob"), 404,
                "There is no issue with key HELP-9 that you can see.", null);
        assertError(rest.get("issues/HELP-1/access/mallory"), 404, "There is no user with username mallory.", null);
        assertError(rest.as(null).get("issues/HELP-1/access/bob"), 401, "You need to log in to do this.", null);
    }
}
