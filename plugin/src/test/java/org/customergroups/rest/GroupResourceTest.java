package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

class GroupResourceTest {

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private long create(String user, String body) {
        return assertOk(rest.as(user).post("groups", json(body)), 201).get("id").asLong();
    }

    @Test
    void jiraAdminCreatesAGroupAndGetsItsJsonWithLocation() throws Exception {
        RestFixture.Reply r = rest.as("admin").post("groups",
                json("{'name':'  Acme / EMEA ','description':'Key <b>account</b>'}"));

        JsonNode g = assertOk(r, 201);
        long id = g.get("id").asLong();
        assertEquals(RestFixture.BASE.resolve("groups/" + id).toString(), r.location());
        JsonNode expected = new ObjectMapper().readTree(json("{'id':" + id + ",'name':'Acme / EMEA','kind':'STATIC',"
                + "'description':'Key <b>account</b>','settings':{'autoJoinDomains':[],'twoFactorRequired':false,"
                + "'viewPolicy':'AGENTS_OF_USING_PROJECTS','updatePolicy':'PROJECT_ADMINS_OF_USING_PROJECTS'},"
                + "'memberCount':0,'createdBy':'key-admin','createdAt':'2026-11-24T08:00:00Z',"
                + "'defaultGroup':null,'rule':null}"));
        assertEquals(expected, g);
        assertEquals(List.of("id", "name", "kind", "description", "settings", "memberCount", "createdBy", "createdAt",
                "defaultGroup", "rule"), fieldNames(g));
        assertEquals(expected, assertOk(rest.get("groups/" + id), 200));
    }

    @Test
    void createPermissionsByRole() {
        assertEquals("HELP", assertOk(rest.as("lead").get("groups/" + create("lead",
                "{'name':'Acme','projectKey':'HELP'}") + "/projects"), 200).at("/values/0/key").asText());
        assertError(rest.as("lead").post("groups", json("{'name':'Beta','projectKey':'SALES'}")), 403,
                "Only Jira administrators and the admins of project SALES can create customer groups for it.", null);
        assertError(rest.as("lead").post("groups", json("{'name':'Beta'}")), 403,
                "Only Jira administrators can create customer groups outside a project. Project admins can create"
                        + " them from their project's Customer Groups page.", null);
        assertError(rest.as("agent").post("groups", json("{'name':'Beta','projectKey':'HELP'}")), 403,
                "Only Jira administrators and the admins of project HELP can create customer groups for it.", null);
        assertError(rest.as("alice").post("groups", json("{'name':'Beta'}")), 403,
                "Only Jira administrators can create customer groups outside a project. Project admins can create"
                        + " them from their project's Customer Groups page.", null);
        assertError(rest.as("lead").post("groups", json("{'name':'jira-administrators','projectKey':'HELP'}")), 403,
                "A Jira group named jira-administrators already exists. Only Jira administrators can make an existing"
                        + " Jira group a customer group.", null);
        assertError(rest.as("admin").post("groups", json("{'name':'Beta','projectKey':'NOPE'}")), 404,
                "There is no project with key NOPE.", null);
        assertEquals("jira-administrators",
                assertOk(rest.as("admin").post("groups", json("{'name':'JIRA-administrators'}")), 201)
                        .get("name").asText());
    }

    @Test
    void createRefusesBadInputWithTheField() {
        rest.as("admin");
        assertError(rest.post("groups", json("{'name':'   '}")), 400, "Enter a group name.", "name");
        assertError(rest.post("groups", json("{'description':'x'}")), 400, "Enter a group name.", "name");
        assertError(rest.post("groups", json("{'name':'" + "x".repeat(256) + "'}")), 400,
                "Group names can be at most 255 characters.", "name");
        assertError(rest.post("groups", json("{'name':'Acme\\nCorp'}")), 400,
                "Group names cannot contain control characters such as line breaks or tabs.", "name");
        assertError(rest.post("groups", json("{'name':'Acme','description':'" + "d".repeat(1001) + "'}")), 400,
                "Descriptions can be at most 1,000 characters.", "description");
        assertError(rest.post("groups", "{\"name\":"), 400, "The request body is not valid JSON.", null);
        assertError(rest.post("groups", json("{'name':'Acme','colour':'red'}")), 400,
                "The request body is not valid JSON.", null);
        assertError(rest.post("groups", json("['Acme']")), 400, "The request body is not valid JSON.", null);
        assertError(rest.post("groups", ""), 400, "The request needs a JSON body.", null);
        assertEquals(0, assertOk(rest.get("groups"), 200).get("total").asInt());
    }

    @Test
    void duplicateCreateIs409AndFormPostsAre415() {
        create("admin", "{'name':'Acme'}");

        assertError(rest.as("admin").post("groups", json("{'name':'ACME'}")), 409,
                "Acme is already a customer group. Add it to a project with Add existing group instead.", null);
        assertError(rest.send("POST", "groups", "name=Evil", "application/x-www-form-urlencoded"), 415,
                "Send the request body as JSON (Content-Type: application/json).", null);
        assertError(rest.send("POST", "groups", "{\"name\":\"Evil\"}", "text/plain"), 415,
                "Send the request body as JSON (Content-Type: application/json).", null);
        assertEquals(List.of("Acme"), texts(assertOk(rest.get("groups"), 200).get("values"), "/name"));
    }

    @Test
    void listSearchesVisibleGroupsAndFindsExactNames() {
        create("lead", "{'name':'Acme','projectKey':'HELP'}");
        create("sales", "{'name':'Acme Sales','projectKey':'SALES'}");
        create("admin", "{'name':'Globex'}");

        JsonNode all = assertOk(rest.as("admin").get("groups?query=acme"), 200);
        assertEquals(List.of("start", "limit", "total", "values"), fieldNames(all));
        assertEquals(0, all.get("start").asInt());
        assertEquals(25, all.get("limit").asInt());
        assertEquals(2, all.get("total").asInt());
        assertEquals(List.of("Acme", "Acme Sales"), texts(all.get("values"), "/name"));
        assertEquals(List.of("Acme"), texts(assertOk(rest.as("agent").get("groups"), 200).get("values"), "/name"));
        assertEquals(0, assertOk(rest.as("alice").get("groups"), 200).get("total").asInt());
        JsonNode page = assertOk(rest.as("admin").get("groups?start=1&limit=1"), 200);
        assertEquals(3, page.get("total").asInt());
        assertEquals(List.of("Acme Sales"), texts(page.get("values"), "/name"));

        JsonNode byName = assertOk(rest.as("admin").get("groups?name=globex&name=ACME&name=jira-administrators"), 200);
        assertEquals(List.of("Acme", "Globex"), texts(byName.get("values"), "/name"));
        assertEquals(List.of("Acme"), texts(assertOk(rest.as("agent").get("groups?name=Acme&name=Globex"), 200)
                .get("values"), "/name"));
    }

    @Test
    void badPagingIs400NamingTheParameter() {
        rest.as("admin");
        assertError(rest.get("groups?limit=0"), 400, "limit must be a whole number from 1 to 100.", "limit");
        assertError(rest.get("groups?limit=101"), 400, "limit must be a whole number from 1 to 100.", "limit");
        assertError(rest.get("groups?limit=ten"), 400, "limit must be a whole number from 1 to 100.", "limit");
        assertError(rest.get("groups?start=-1"), 400, "start must be a whole number, 0 or more.", "start");
        assertError(rest.get("groups/1/members?start=x"), 400, "start must be a whole number, 0 or more.", "start");
    }

    @Test
    void getFollowsTheViewPolicyAndUnknownIdsAre404() {
        long id = create("lead", "{'name':'Acme','projectKey':'HELP'}");

        assertEquals("Acme", assertOk(rest.as("agent").get("groups/" + id), 200).get("name").asText());
        assertEquals("Acme", assertOk(rest.as("lead").get("groups/" + id), 200).get("name").asText());
        String needed = "Only Jira administrators and the agents and admins of projects using this customer group"
                + " can see it.";
        assertError(rest.as("sales").get("groups/" + id), 403, needed, null);
        assertError(rest.as("alice").get("groups/" + id), 403, needed, null);
        assertError(rest.as("admin").get("groups/999"), 404, "There is no customer group with id 999.", null);
        assertError(rest.as("admin").get("groups/abc"), 404, "There is nothing at this address.", null);
    }

    @Test
    void updateChangesSettingsUnderTheUpdatePolicy() {
        long id = create("lead", "{'name':'Acme','projectKey':'HELP'}");

        JsonNode g = assertOk(rest.as("lead").put("groups/" + id, json("{'description':'Key account','settings':"
                + "{'autoJoinDomains':['@Acme.example'],'twoFactorRequired':true,'viewPolicy':'ADMINS'}}")), 200);

        assertEquals("Key account", g.get("description").asText());
        assertEquals(json("{'autoJoinDomains':['acme.example'],'twoFactorRequired':true,'viewPolicy':'ADMINS',"
                + "'updatePolicy':'PROJECT_ADMINS_OF_USING_PROJECTS'}"), g.get("settings").toString());
        // The agent of HELP no longer sees it (view policy ADMINS).
        assertError(rest.as("agent").get("groups/" + id), 403,
                "Only Jira administrators and the admins of projects using this customer group can see it.", null);
        assertError(rest.as("agent").put("groups/" + id, json("{'description':'x'}")), 403,
                "Only Jira administrators and the admins of projects using this customer group can change it or its"
                        + " members.", null);
        assertError(rest.as("sales").put("groups/" + id, json("{'description':'x'}")), 403,
                "Only Jira administrators and the admins of projects using this customer group can change it or its"
                        + " members.", null);
        assertError(rest.as("admin").put("groups/999", json("{'description':'x'}")), 404,
                "There is no customer group with id 999.", null);
    }

    @Test
    void updateRefusesBadSettingsWithTheField() {
        long id = create("lead", "{'name':'Acme','projectKey':'HELP'}");
        rest.as("lead");

        assertError(rest.put("groups/" + id, json("{'settings':{'autoJoinDomains':['acme.example','not a domain']}}")),
                400, "not a domain is not a valid e-mail domain. Write domains like acme.example.",
                "settings.autoJoinDomains");
        assertError(rest.put("groups/" + id, json("{'settings':{'viewPolicy':'NOBODY'}}")), 400,
                "NOBODY is not a view policy. Use one of: EVERYONE, AGENTS_OF_USING_PROJECTS, ADMINS.",
                "settings.viewPolicy");
        assertError(rest.put("groups/" + id, json("{'settings':{'updatePolicy':'ME'}}")), 400,
                "ME is not an update policy. Use one of: JIRA_ADMINS, PROJECT_ADMINS_OF_USING_PROJECTS.",
                "settings.updatePolicy");
        assertError(rest.put("groups/" + id, json("{'settings':{'twoFactorRequired':'maybe'}}")), 400,
                "The request body is not valid JSON.", null);
        assertError(rest.send("PUT", "groups/" + id, "description=x", "application/x-www-form-urlencoded"), 415,
                "Send the request body as JSON (Content-Type: application/json).", null);
        assertEquals("", assertOk(rest.get("groups/" + id), 200).get("description").asText());
    }

    @Test
    void defaultGroupsCannotBeEdited() {
        var customers = rest.services.groupStore.create("Customers", org.customergroups.domain.GroupKind.DEFAULT, "",
                null, "system", java.time.Instant.parse("2026-11-01T00:00:00Z"));
        rest.services.host.directory.addJiraGroup("Customers");

        assertError(rest.as("admin").put("groups/" + customers.id(), json("{'description':'x'}")), 400,
                "Default groups cannot be edited or deleted.", null);
        assertError(rest.as("admin").delete("groups/" + customers.id()), 400,
                "Default groups cannot be edited or deleted.", null);
        assertEquals("DEFAULT", assertOk(rest.get("groups/" + customers.id()), 200).get("kind").asText());
    }

    @Test
    void deleteRemovesTheGroupEverywhereAndOnlyAdminsDeleteTheJiraGroup() {
        long id = create("lead", "{'name':'Acme','projectKey':'HELP'}");

        assertError(rest.as("agent").delete("groups/" + id), 403, "Only Jira administrators, or someone who"
                + " administers every project using this customer group, can delete it.", null);
        assertError(rest.as("lead").delete("groups/" + id + "?deleteJiraGroup=true"), 403,
                "Only Jira administrators can delete the Jira group itself. Delete the customer group without"
                        + " deleteJiraGroup to keep the Jira group.", null);
        assertError(rest.as("lead").delete("groups/" + id + "?deleteJiraGroup=perhaps"), 400,
                "deleteJiraGroup must be true or false.", "deleteJiraGroup");

        RestFixture.Reply r = rest.as("lead").delete("groups/" + id + "?deleteJiraGroup=false");
        assertEquals(204, r.status(), r::toString);
        assertEquals("", r.body());
        assertError(rest.as("admin").get("groups/" + id), 404, "There is no customer group with id " + id + ".", null);
        assertEquals(0, assertOk(rest.get("projects/HELP/catalog"), 200).get("total").asInt());
        assertTrue(rest.services.host.directory.hasGroup("Acme"));

        long again = create("admin", "{'name':'Acme'}");
        assertEquals(204, rest.as("admin").delete("groups/" + again + "?deleteJiraGroup=true").status());
        assertTrue(!rest.services.host.directory.hasGroup("Acme"));
    }

    @Test
    void projectsTabListsUsingProjectsWithAutoShare() {
        long id = create("lead", "{'name':'Acme','projectKey':'HELP'}");
        assertOk(rest.as("sales").post("projects/SALES/catalog", json("{'groupIds':[" + id + "]}")), 403);
        assertOk(rest.as("admin").post("projects/SALES/catalog", json("{'groupIds':[" + id + "]}")), 200);
        assertOk(rest.as("sales").put("projects/SALES/catalog/" + id, json("{'autoShare':true}")), 200);

        JsonNode page = assertOk(rest.as("agent").get("groups/" + id + "/projects"), 200);

        assertEquals(json("{'start':0,'limit':25,'total':2,'values':[{'id':10000,'key':'HELP','name':'Helpdesk',"
                + "'autoShare':false},{'id':10001,'key':'SALES','name':'Sales desk','autoShare':true}]}"),
                page.toString());
        assertError(rest.as("alice").get("groups/" + id + "/projects"), 403, "Only Jira administrators and the agents"
                + " and admins of projects using this customer group can see it.", null);
    }
}
