package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
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

/** {@code /projects/{key}/catalog} for each role. */
class CatalogResourceTest {

    private static final String HELP_MANAGERS = "Only Jira administrators and the admins of project HELP can change"
            + " its customer groups.";
    private static final String SALES_MANAGERS = "Only Jira administrators and the admins of project SALES can change"
            + " its customer groups.";

    private RestFixture rest;
    private long acme;
    private long globex;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        acme = assertOk(rest.as("admin").post("groups", json("{'name':'Acme'}")), 201).get("id").asLong();
        globex = assertOk(rest.post("groups", json("{'name':'Globex'}")), 201).get("id").asLong();
        rest.services.groups.update("key-admin", globex, new org.customergroups.service.GroupChanges(null, null, null,
                org.customergroups.domain.ViewPolicy.EVERYONE, null));
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void projectAdminCreatesAGroupFromTheCatalogPage() {
        RestFixture.Reply r = rest.as("lead").post("projects/HELP/catalog",
                json("{'name':'New group','description':'From the page'}"));

        JsonNode entry = assertOk(r, 201);
        long id = entry.at("/group/id").asLong();
        assertEquals(RestFixture.BASE.resolve("projects/HELP/catalog/" + id).toString(), r.location());
        assertEquals(List.of("group", "autoShare", "addedBy", "addedAt"), fieldNames(entry));
        assertEquals("New group", entry.at("/group/name").asText());
        assertEquals("From the page", entry.at("/group/description").asText());
        assertEquals(false, entry.get("autoShare").asBoolean());
        assertEquals("key-lead", entry.get("addedBy").asText());
        assertEquals("2026-11-24T08:00:00Z", entry.get("addedAt").asText());
        assertError(rest.post("projects/HELP/catalog", json("{'name':'new GROUP'}")), 409,
                "New group is already a customer group. Add it to a project with Add existing group instead.", null);
        assertError(rest.post("projects/HELP/catalog", json("{'name':''}")), 400, "Enter a group name.", "name");
        assertError(rest.post("projects/SALES/catalog", json("{'name':'Other'}")), 403, SALES_MANAGERS, null);
        assertError(rest.as("agent").post("projects/HELP/catalog", json("{'name':'Other'}")), 403, HELP_MANAGERS, null);
    }

    @Test
    void addingExistingGroupsIsIdempotent() {
        JsonNode first = assertOk(rest.as("lead").post("projects/HELP/catalog",
                json("{'groupIds':[" + globex + "]}")), 200);
        assertEquals(List.of("Globex"), texts(first.get("added"), "/group/name"));
        assertEquals(0, first.get("alreadyInCatalog").size());

        JsonNode second = assertOk(rest.as("admin").post("projects/HELP/catalog",
                json("{'groupIds':[" + globex + "," + acme + "]}")), 200);
        assertEquals(List.of("Acme"), texts(second.get("added"), "/group/name"));
        assertEquals(List.of("Globex"), texts(second.get("alreadyInCatalog"), "/group/name"));
        assertEquals("key-lead", second.at("/alreadyInCatalog/0/addedBy").asText());
    }

    @Test
    void addingExistingGroupsRefusals() {
        rest.as("lead");
        assertError(rest.post("projects/HELP/catalog", json("{'groupIds':[" + acme + "]}")), 403,
                "You can only add customer groups you can see, and the group with id " + acme
                        + " is not visible to you.", null);
        assertError(rest.post("projects/HELP/catalog", json("{'groupIds':[" + globex + ",999]}")), 404,
                "There is no customer group with id 999.", null);
        assertError(rest.post("projects/HELP/catalog", json("{'groupIds':[]}")), 400,
                "Choose at least one customer group to add (groupIds).", "groupIds");
        assertError(rest.post("projects/HELP/catalog", json("{}")), 400,
                "Choose at least one customer group to add (groupIds).", "groupIds");
        assertError(rest.post("projects/HELP/catalog", json("{'groupIds':['x']}")), 400,
                "The request body is not valid JSON.", null);
        assertError(rest.post("projects/HELP/catalog", json("{'groupIds':[" + globex + "],'name':'X'}")), 400,
                "Send either groupIds (to add existing groups) or name (to create a new group), not both.", null);
        assertError(rest.post("projects/NOPE/catalog", json("{'groupIds':[" + globex + "]}")), 404,
                "There is no project with key NOPE.", null);
        assertError(rest.send("POST", "projects/HELP/catalog", "groupIds=" + globex, "application/x-www-form-urlencoded"),
                415, "Send the request body as JSON (Content-Type: application/json).", null);
        assertError(rest.as("agent").post("projects/HELP/catalog", json("{'groupIds':[" + globex + "]}")), 403,
                HELP_MANAGERS, null);
        assertError(rest.as("alice").post("projects/HELP/catalog", json("{'groupIds':[" + globex + "]}")), 403,
                HELP_MANAGERS, null);
        assertError(rest.as("lead").post("projects/SALES/catalog", json("{'groupIds':[" + globex + "]}")), 403,
                SALES_MANAGERS, null);
        assertEquals(0, assertOk(rest.as("admin").get("projects/HELP/catalog"), 200).get("total").asInt());
    }

    @Test
    void catalogIsVisibleToAgentsAndAdminsOfTheProject() {
        rest.as("admin").post("projects/HELP/catalog", json("{'groupIds':[" + globex + "," + acme + "]}"));
        rest.post("groups/" + acme + "/members", json("{'usernames':['alice','bob']}"));

        JsonNode page = assertOk(rest.as("agent").get("projects/HELP/catalog"), 200);

        assertEquals(2, page.get("total").asInt());
        assertEquals(List.of("Acme", "Globex"), texts(page.get("values"), "/group/name"));
        assertEquals(2, page.at("/values/0/group/memberCount").asInt());
        assertEquals(List.of("Globex"), texts(assertOk(rest.as("lead").get("projects/HELP/catalog?start=1&limit=1"),
                200).get("values"), "/group/name"));
        assertError(rest.as("sales").get("projects/HELP/catalog"), 403, "Only Jira administrators and the agents and"
                + " admins of project HELP can see its customer groups.", null);
        assertError(rest.as("alice").get("projects/HELP/catalog"), 403, "Only Jira administrators and the agents and"
                + " admins of project HELP can see its customer groups.", null);
        assertError(rest.as("admin").get("projects/NOPE/catalog"), 404, "There is no project with key NOPE.", null);
        assertError(rest.get("projects/HELP/catalog?limit=-5"), 400, "limit must be a whole number from 1 to 100.",
                "limit");
    }

    @Test
    void autoShareToggleByRole() {
        rest.as("admin").post("projects/HELP/catalog", json("{'groupIds':[" + acme + "]}"));

        JsonNode entry = assertOk(rest.as("lead").put("projects/HELP/catalog/" + acme, json("{'autoShare':true}")), 200);
        assertEquals(true, entry.get("autoShare").asBoolean());
        assertEquals("Acme", entry.at("/group/name").asText());
        assertEquals(true, assertOk(rest.as("agent").get("projects/HELP/catalog"), 200)
                .at("/values/0/autoShare").asBoolean());
        assertError(rest.as("agent").put("projects/HELP/catalog/" + acme, json("{'autoShare':false}")), 403,
                HELP_MANAGERS, null);
        assertError(rest.as("lead").put("projects/HELP/catalog/" + acme, json("{}")), 400,
                "Say whether Auto-share is on: send autoShare as true or false.", "autoShare");
        assertError(rest.put("projects/HELP/catalog/" + globex, json("{'autoShare':true}")), 404,
                "Customer group Globex is not in the catalog of project HELP.", null);
        assertError(rest.put("projects/HELP/catalog/999", json("{'autoShare':true}")), 404,
                "There is no customer group with id 999.", null);
        assertError(rest.as("lead").put("projects/SALES/catalog/" + acme, json("{'autoShare':true}")), 403,
                SALES_MANAGERS, null);
        assertEquals(false, assertOk(rest.as("admin").put("projects/HELP/catalog/" + acme,
                json("{'autoShare':false}")), 200).get("autoShare").asBoolean());
    }

    @Test
    void removingFromTheCatalogKeepsTheGroup() {
        rest.as("admin").post("projects/HELP/catalog", json("{'groupIds':[" + acme + "]}"));
        rest.post("groups/" + acme + "/members", json("{'usernames':['alice']}"));

        assertError(rest.as("agent").delete("projects/HELP/catalog/" + acme), 403, HELP_MANAGERS, null);
        assertEquals(204, rest.as("lead").delete("projects/HELP/catalog/" + acme).status());
        assertError(rest.delete("projects/HELP/catalog/" + acme), 404,
                "Customer group Acme is not in the catalog of project HELP.", null);

        JsonNode group = assertOk(rest.as("admin").get("groups/" + acme), 200);
        assertEquals(1, group.get("memberCount").asInt());
        assertEquals(0, assertOk(rest.get("projects/HELP/catalog"), 200).get("total").asInt());
        assertTrue(rest.services.host.directory.hasGroup("Acme"));
    }

    @Test
    void jiraAdminsManageEveryCatalog() {
        assertOk(rest.as("admin").post("projects/SALES/catalog", json("{'groupIds':[" + acme + "]}")), 200);
        assertOk(rest.put("projects/SALES/catalog/" + acme, json("{'autoShare':true}")), 200);
        assertOk(rest.post("projects/SALES/catalog", json("{'name':'Sales only'}")), 201);
        assertEquals(List.of("Acme", "Sales only"), texts(assertOk(rest.get("projects/SALES/catalog"), 200)
                .get("values"), "/group/name"));
        assertEquals(204, rest.delete("projects/SALES/catalog/" + acme).status());
    }
}
