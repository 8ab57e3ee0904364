package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.customergroups.rest.RestAssertions.assertError;
import static org.customergroups.rest.RestAssertions.assertOk;
import static org.customergroups.rest.RestAssertions.texts;
import static org.customergroups.rest.RestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code /groups/{id}/members} and {@code /users}. */
class MembersAndUsersResourceTest {

    private static final String UPDATERS = "Only Jira administrators and the admins of projects using this customer"
            + " group can change it or its members.";

    private RestFixture rest;
    private long acme;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        acme = assertOk(rest.as("lead").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201)
                .get("id").asLong();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private String members() {
        return "groups/" + acme + "/members";
    }

    @Test
    void projectAdminAddsMembersAndRepeatsAreReportedNotErrors() {
        JsonNode first = assertOk(rest.as("lead").post(members(), json("{'usernames':['alice',' bob ']}")), 200);

        assertEquals(json("{'added':[{'key':'key-alice','username':'alice','displayName':'Alice Anders',"
                + "'email':'alice@acme.example','type':'REPORTER'},{'key':'key-bob','username':'bob',"
                + "'displayName':'Bob Brown','email':'bob@acme.example','type':'REPORTER'}],'alreadyMembers':[]}"),
                first.toString());
        JsonNode second = assertOk(rest.post(members(), json("{'usernames':['bob','carol']}")), 200);
        assertEquals(List.of("carol"), texts(second.get("added"), "/username"));
        assertEquals(List.of("bob"), texts(second.get("alreadyMembers"), "/username"));
        assertEquals(3, assertOk(rest.get("groups/" + acme), 200).get("memberCount").asInt());
    }

    @Test
    void membersListIsPagedAndSearchableForViewers() {
        rest.as("admin").post(members(), json("{'usernames':['alice','bob','carol']}"));

        JsonNode page = assertOk(rest.as("agent").get(members() + "?query=acme.example&limit=1"), 200);
        assertEquals(2, page.get("total").asInt());
        assertEquals(1, page.get("limit").asInt());
        assertEquals(List.of("alice"), texts(page.get("values"), "/username"));
        assertEquals(List.of("bob"), texts(assertOk(rest.get(members() + "?query=acme&start=1"), 200)
                .get("values"), "/username"));
        assertError(rest.as("alice").get(members()), 403, "Only Jira administrators and the agents and admins of"
                + " projects using this customer group can see it.", null);
        assertError(rest.as("admin").get("groups/999/members"), 404, "There is no customer group with id 999.", null);
    }

    @Test
    void addingMembersByRoleAndBadInput() {
        assertError(rest.as("agent").post(members(), json("{'usernames':['alice']}")), 403, UPDATERS, null);
        assertError(rest.as("alice").post(members(), json("{'usernames':['alice']}")), 403, UPDATERS, null);
        assertError(rest.as("sales").post(members(), json("{'usernames':['alice']}")), 403, UPDATERS, null);
        assertError(rest.as("lead").post(members(), json("{'usernames':['alice','mallory','trent']}")), 400,
                "These users do not exist: mallory, trent. Nobody was added.", "usernames");
        assertError(rest.post(members(), json("{'usernames':[]}")), 400,
                "Name at least one user to add (usernames).", "usernames");
        assertError(rest.post(members(), json("{'usernames':'alice'}")), 400,
                "The request body is not valid JSON.", null);
        assertError(rest.send("POST", members(), "usernames=alice", "application/x-www-form-urlencoded"), 415,
                "Send the request body as JSON (Content-Type: application/json).", null);
        assertEquals(Set.of(), rest.services.host.directory.membersOf("Acme"));
        assertEquals(List.of("alice"), texts(assertOk(rest.as("admin").post(members(),
                json("{'usernames':['alice']}")), 200).get("added"), "/username"));
    }

    @Test
    void removingMembersIsIdempotentForKnownUsers() {
        rest.as("lead").post(members(), json("{'usernames':['alice','bob']}"));

        assertEquals(204, rest.as("lead").delete(members() + "/alice").status());
        assertEquals(204, rest.delete(members() + "/alice").status());
        assertError(rest.delete(members() + "/mallory"), 404, "There is no user with username mallory.", null);
        assertError(rest.as("agent").delete(members() + "/bob"), 403, UPDATERS, null);
        assertEquals(Set.of("bob"), rest.services.host.directory.membersOf("Acme"));
    }

    @Test
    void dynamicGroupsRefuseManualMembers() {
        var dynamic = rest.services.groupStore.create("Acme staff", org.customergroups.domain.GroupKind.DYNAMIC, "",
                null, "key-admin", java.time.Instant.parse("2026-11-01T00:00:00Z"));
        rest.services.host.directory.addJiraGroup("Acme staff", "alice");
        String message = "The members of a dynamic group come from its rule: they cannot be added or removed by hand.";

        assertError(rest.as("admin").post("groups/" + dynamic.id() + "/members", json("{'usernames':['bob']}")),
                400, message, null);
        assertError(rest.delete("groups/" + dynamic.id() + "/members/alice"), 400, message, null);
    }

    @Test
    void userPickerIsForLicensedUsers() {
        JsonNode page = assertOk(rest.as("agent").get("users?query=acme&type=REPORTER"), 200);
        assertEquals(json("{'start':0,'limit':25,'total':2,'values':[{'key':'key-alice','username':'alice',"
                + "'displayName':'Alice Anders','email':'alice@acme.example','type':'REPORTER'},{'key':'key-bob',"
                + "'username':'bob','displayName':'Bob Brown','email':'bob@acme.example','type':'REPORTER'}]}"),
                page.toString());
        assertEquals(List.of("admin", "agent", "lead", "sales", "staff"),
                texts(assertOk(rest.as("lead").get("users?type=standard"), 200).get("values"), "/username"));
        assertError(rest.as("alice").get("users?query=a"), 403,
                "Only users with Jira access can search for users.", null);
        assertError(rest.as("agent").get("users?type=AGENT"), 400,
                "AGENT is not an account type. Use one of: REPORTER, STANDARD.", "type");
        assertError(rest.as("agent").get("users?limit=500"), 400, "limit must be a whole number from 1 to 100.", "limit");
    }

    @Test
    void onlyJiraAdminsUpgradeReporters() {
        assertError(rest.as("lead").post("users/alice/upgrade", "{}"), 403,
                "Only Jira administrators can upgrade a reporter account to a standard user.", null);
        assertError(rest.as("alice").post("users/alice/upgrade", "{}"), 403,
                "Only Jira administrators can upgrade a reporter account to a standard user.", null);
        assertError(rest.as("admin").send("POST", "users/alice/upgrade", "x=1", "application/x-www-form-urlencoded"),
                415, "Send the request body as JSON (Content-Type: application/json).", null);

        JsonNode user = assertOk(rest.as("admin").post("users/alice/upgrade", "{}"), 200);

        assertEquals(json("{'key':'key-alice','username':'alice','displayName':'Alice Anders',"
                + "'email':'alice@acme.example','type':'STANDARD'}"), user.toString());
        assertError(rest.post("users/alice/upgrade", "{}"), 409, "alice already is a standard user.", null);
        assertError(rest.post("users/mallory/upgrade", "{}"), 404, "There is no user with username mallory.", null);
        // No body at all (fetch with no Content-Type) also works.
        assertEquals("STANDARD", assertOk(rest.send("POST", "users/bob/upgrade", null, null), 200)
                .get("type").asText());
    }
}
