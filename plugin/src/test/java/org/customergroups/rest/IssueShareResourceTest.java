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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /issues/{key}/shares}, {@code /projects/{key}/sharing-setup} and {@code /groups/{id}/usage} for each role.
 * HELP's catalog holds Acme and Globex; Sales Club is in SALES' catalog. HELP-1 is alice's.
 */
class IssueShareResourceTest {

    private static final String HIDDEN = "There is no issue with key HELP-1 that you can see.";
    private static final String NOT_EDITOR = "Only users who can edit issue HELP-1 can change the customer groups it"
            + " is shared with.";

    private RestFixture rest;
    private long acme;
    private long globex;
    private long salesClub;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        acme = assertOk(rest.as("admin").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201)
                .get("id").asLong();
        globex = assertOk(rest.post("groups", json("{'name':'Globex','projectKey':'HELP'}")), 201).get("id").asLong();
        salesClub = assertOk(rest.post("groups", json("{'name':'Sales Club','projectKey':'SALES'}")), 201)
                .get("id").asLong();
        rest.services.host.issue(20_001, "HELP-1", rest.services.host.help, "alice");
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void agentSharesByIdThenByNameAndSeesTheListJson() throws Exception {
        RestFixture.Reply created = rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':" + acme + "}"));

        JsonNode share = assertOk(created, 201);
        assertEquals(RestFixture.BASE.resolve("issues/HELP-1/shares/" + acme).toString(), created.location());
        JsonNode expected = new ObjectMapper().readTree(json("{'groupId':" + acme + ",'groupName':'Acme',"
                + "'source':'AGENT','sharedBy':{'key':'key-agent','username':'agent','displayName':'Agnes Agent',"
                + "'email':'agent@example.com','type':'STANDARD'},'sharedAt':'2026-11-24T08:00:00Z'}"));
        assertEquals(expected, share);
        assertEquals(List.of("groupId", "groupName", "source", "sharedBy", "sharedAt"), fieldNames(share));

        assertOk(rest.as("lead").post("issues/help-1/shares", json("{'group':'globex'}")), 201);
        // Sharing again: 200 with the share as it was first made, no Location.
        RestFixture.Reply again = rest.post("issues/HELP-1/shares", json("{'group':'ACME'}"));
        assertEquals(expected, assertOk(again, 200));
        assertEquals(null, again.location());

        JsonNode list = assertOk(rest.as("agent").get("issues/HELP-1/shares"), 200);
        assertEquals(List.of("issueKey", "projectKey", "canEdit", "shares"), fieldNames(list));
        assertEquals("HELP-1", list.get("issueKey").asText());
        assertEquals("HELP", list.get("projectKey").asText());
        assertTrue(list.get("canEdit").asBoolean());
        assertEquals(List.of("Acme", "Globex"), texts(list.get("shares"), "/groupName"));
        assertEquals(expected, list.at("/shares/0"));
        assertEquals("lead", list.at("/shares/1/sharedBy/username").asText());
        // The reporter sees the same shares but may not change them.
        JsonNode asReporter = assertOk(rest.as("alice").get("issues/HELP-1/shares"), 200);
        assertEquals(false, asReporter.get("canEdit").asBoolean());
        assertEquals(list.get("shares"), asReporter.get("shares"));
        assertEquals(List.of(List.of(20_001L), List.of(20_001L)), rest.services.host.index.calls());
    }

    @Test
    void sharesBySomeoneUnknownHaveNullSharedBy() {
        assertOk(rest.as("admin").put("projects/HELP/catalog/" + acme, json("{'autoShare':true}")), 200);
        rest.services.host.directory.addMember("Acme", "alice");
        rest.services.autoShare.onIssueCreated(20_001, null);

        JsonNode share = assertOk(rest.as("agent").get("issues/HELP-1/shares"), 200).at("/shares/0");

        assertEquals("AUTO", share.get("source").asText());
        assertTrue(share.get("sharedBy").isNull());
        assertEquals(List.of("groupId", "groupName", "source", "sharedBy", "sharedAt"), fieldNames(share));
    }

    @Test
    void refusals() {
        rest.services.host.permissions.browser("key-bob", 20_001);
        rest.as("agent");
        assertError(rest.post("issues/HELP-1/shares", json("{'groupId':" + acme + ",'group':'Acme'}")), 400,
                "Send either groupId or group (a group name), not both.", null);
        assertError(rest.post("issues/HELP-1/shares", json("{}")), 400,
                "Name the customer group to share with: send groupId or group (its name).", null);
        assertError(rest.post("issues/HELP-1/shares", json("{'group':' '}")), 400,
                "Name the customer group to share with: send groupId or group (its name).", "group");
        assertError(rest.post("issues/HELP-1/shares", ""), 400, "The request needs a JSON body.", null);
        assertError(rest.post("issues/HELP-1/shares", json("{'groupId':'x'}")), 400,
                "The request body is not valid JSON.", null);
        assertError(rest.post("issues/HELP-1/shares", json("{'groupId':" + salesClub + "}")), 404,
                "There is no customer group with id " + salesClub + " in the catalog of project HELP.", null);
        assertError(rest.post("issues/HELP-1/shares", json("{'group':'Sales Club'}")), 404,
                "There is no customer group named Sales Club in the catalog of project HELP.", null);
        assertError(rest.post("issues/HELP-99/shares", json("{'groupId':" + acme + "}")), 404,
                "There is no issue with key HELP-99 that you can see.", null);
        assertError(rest.send("POST", "issues/HELP-1/shares", "groupId=" + acme, "application/x-www-form-urlencoded"),
                415, "Send the request body as JSON (Content-Type: application/json).", null);
        assertError(rest.send("POST", "issues/HELP-1/shares", "{\"groupId\":" + acme + "}", "text/plain"),
                415, "Send the request body as JSON (Content-Type: application/json).", null);
        assertError(rest.delete("issues/HELP-1/shares/" + acme), 404,
                "Issue HELP-1 is not shared with the customer group with id " + acme + ".", null);

        // Reporter and field-granted member may look but not change: 403.
        for (String browser : List.of("alice", "bob")) {
            rest.as(browser);
            assertError(rest.post("issues/HELP-1/shares", json("{'groupId':" + acme + "}")), 403, NOT_EDITOR, null);
            assertError(rest.delete("issues/HELP-1/shares/" + acme), 403, NOT_EDITOR, null);
            assertError(rest.get("issues/HELP-1/shares/candidates"), 403, NOT_EDITOR, null);
        }
        // Who cannot see the issue learns nothing: the 404 of an unknown issue.
        for (String stranger : List.of("staff", "sales", "carol", "admin")) {
            rest.as(stranger);
            assertError(rest.get("issues/HELP-1/shares"), 404, HIDDEN, null);
            assertError(rest.post("issues/HELP-1/shares", json("{'groupId':" + acme + "}")), 404, HIDDEN, null);
            assertError(rest.delete("issues/HELP-1/shares/" + acme), 404, HIDDEN, null);
            assertError(rest.get("issues/HELP-1/shares/candidates"), 404, HIDDEN, null);
        }
        assertEquals(List.of(), rest.services.shareStore.ofIssue(20_001));
        assertEquals(List.of(), rest.services.host.index.calls());
    }

    @Test
    void unshareAnswers204() {
        rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':" + acme + "}"));
        rest.post("issues/HELP-1/shares", json("{'groupId':" + globex + "}"));

        RestFixture.Reply r = rest.as("lead").delete("issues/HELP-1/shares/" + acme);

        assertEquals(204, r.status(), r::toString);
        assertEquals("", r.body());
        assertEquals(List.of("Globex"), texts(assertOk(rest.get("issues/HELP-1/shares"), 200).get("shares"),
                "/groupName"));
        assertError(rest.delete("issues/HELP-1/shares/" + acme), 404,
                "Issue HELP-1 is not shared with the customer group with id " + acme + ".", null);
        assertError(rest.delete("issues/HELP-1/shares/abc"), 404, "There is nothing at this address.", null);
    }

    @Test
    void candidatesArePagedAndSayWhatIsShared() {
        rest.as("lead").post("projects/HELP/catalog", json("{'name':'Acme EMEA'}"));
        rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':" + globex + "}"));

        JsonNode all = assertOk(rest.get("issues/HELP-1/shares/candidates"), 200);
        assertEquals(List.of("start", "limit", "total", "values"), fieldNames(all));
        assertEquals(3, all.get("total").asInt());
        assertEquals(25, all.get("limit").asInt());
        assertEquals(List.of("Acme", "Acme EMEA", "Globex"), texts(all.get("values"), "/groupName"));
        assertEquals(List.of("false", "false", "true"), texts(all.get("values"), "/shared"));
        assertEquals(List.of("groupId", "groupName", "shared", "defaultGroup"), fieldNames(all.at("/values/0")));
        assertTrue(all.at("/values/0/defaultGroup").isNull());
        assertEquals(acme, all.at("/values/0/groupId").asLong());

        JsonNode page = assertOk(rest.get("issues/HELP-1/shares/candidates?query=ACME&start=1&limit=1"), 200);
        assertEquals(2, page.get("total").asInt());
        assertEquals(List.of("Acme EMEA"), texts(page.get("values"), "/groupName"));
        assertError(rest.get("issues/HELP-1/shares/candidates?limit=0"), 400,
                "limit must be a whole number from 1 to 100.", "limit");
    }

    @Test
    void candidatesNameTheDefaultGroupForItsBadge() {
        rest.services.defaultGroups.ensure();
        long customers = rest.services.groupStore.findByName("Customers").orElseThrow().id();
        rest.as("lead").post("projects/HELP/catalog", json("{'groupIds':[" + customers + "]}"));

        JsonNode found = assertOk(rest.as("agent").get("issues/HELP-1/shares/candidates?query=cust"), 200);
        assertEquals(List.of("Customers"), texts(found.get("values"), "/groupName"));
        assertEquals("CUSTOMERS", found.at("/values/0/defaultGroup").asText());
    }

    @Test
    void sharingSetupForThoseWhoSeeTheCatalog() throws Exception {
        rest.services.host.schemes.set(rest.services.host.help.id(),
                new SharingSetup("customfield_10100", "Customer Groups", "Helpdesk scheme", true, true));

        JsonNode setup = assertOk(rest.as("agent").get("projects/HELP/sharing-setup"), 200);

        assertEquals(new ObjectMapper().readTree(json("{'fieldId':'customfield_10100','fieldName':'Customer Groups',"
                + "'schemeName':'Helpdesk scheme','browseGranted':true,'addCommentsGranted':true,'ready':true,"
                + "'adminsFieldId':null,'adminsFieldName':null,'adminsBrowseGranted':false,'adminsReady':false}")),
                setup);
        assertEquals(List.of("fieldId", "fieldName", "schemeName", "browseGranted", "addCommentsGranted", "ready",
                "adminsFieldId", "adminsFieldName", "adminsBrowseGranted", "adminsReady"), fieldNames(setup));
        // The customer-admin step is optional: its field without the Browse grant leaves sharing ready.
        rest.services.host.schemes.set(rest.services.host.help.id(), new SharingSetup("customfield_10100",
                "Customer Groups", "Helpdesk scheme", true, true, "customfield_10300", "Customer Admins", false));
        JsonNode admins = assertOk(rest.as("agent").get("projects/HELP/sharing-setup"), 200);
        assertTrue(admins.get("ready").asBoolean());
        assertEquals("customfield_10300", admins.get("adminsFieldId").asText());
        assertEquals("Customer Admins", admins.get("adminsFieldName").asText());
        assertEquals(false, admins.get("adminsReady").asBoolean());
        rest.services.host.schemes.set(rest.services.host.help.id(), new SharingSetup("customfield_10100",
                "Customer Groups", "Helpdesk scheme", true, true, "customfield_10300", "Customer Admins", true));
        JsonNode adminsReady = assertOk(rest.as("agent").get("projects/HELP/sharing-setup"), 200);
        assertTrue(adminsReady.get("adminsBrowseGranted").asBoolean());
        assertTrue(adminsReady.get("adminsReady").asBoolean());
        JsonNode missing = assertOk(rest.as("sales").get("projects/SALES/sharing-setup"), 200);
        assertTrue(missing.get("fieldId").isNull());
        assertEquals(false, missing.get("ready").asBoolean());
        assertError(rest.as("sales").get("projects/HELP/sharing-setup"), 403,
                "Only Jira administrators and the agents and admins of project HELP can see its customer groups.", null);
        assertError(rest.as("admin").get("projects/NOPE/sharing-setup"), 404, "There is no project with key NOPE.",
                null);
    }

    @Test
    void usageCountsProjectsAndSharedTicketsBeforeADelete() {
        rest.services.host.issue(20_002, "HELP-2", rest.services.host.help, "bob");
        rest.as("agent").post("issues/HELP-1/shares", json("{'groupId':" + acme + "}"));
        rest.post("issues/HELP-2/shares", json("{'groupId':" + acme + "}"));
        rest.as("admin").post("projects/SALES/catalog", json("{'groupIds':[" + acme + "]}"));

        JsonNode usage = assertOk(rest.as("agent").get("groups/" + acme + "/usage"), 200);
        assertEquals(List.of("projects", "sharedTickets"), fieldNames(usage));
        assertEquals(2, usage.get("projects").asInt());
        assertEquals(2, usage.get("sharedTickets").asInt());
        assertError(rest.as("staff").get("groups/" + acme + "/usage"), 403, "Only Jira administrators and the agents"
                + " and admins of projects using this customer group can see it.", null);
        assertError(rest.as("admin").get("groups/999/usage"), 404, "There is no customer group with id 999.", null);

        // Removing from a catalog keeps the shares; deleting the customer group removes them.
        assertEquals(204, rest.delete("projects/HELP/catalog/" + acme).status());
        assertEquals(List.of("Acme"), texts(assertOk(rest.as("agent").get("issues/HELP-1/shares"), 200)
                .get("shares"), "/groupName"));
        assertEquals(204, rest.as("admin").delete("groups/" + acme).status());
        assertEquals(0, assertOk(rest.as("agent").get("issues/HELP-1/shares"), 200).get("shares").size());
        assertEquals(0, assertOk(rest.get("issues/HELP-2/shares"), 200).get("shares").size());
        assertEquals(List.of(20_001L, 20_002L), rest.services.host.index.calls().get(2));
    }
}
