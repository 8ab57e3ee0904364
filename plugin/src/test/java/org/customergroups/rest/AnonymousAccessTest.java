package org.customergroups.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.customergroups.rest.RestAssertions.assertError;
import static org.customergroups.rest.RestAssertions.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every endpoint answers 401 in the error shape to an anonymous caller, before touching anything. */
class AnonymousAccessTest {

    private static RestFixture rest;
    private static String before;

    @BeforeAll
    static void start() {
        rest = new RestFixture();
        // The paths below name group 1: make sure it is this one.
        assertEquals(1, assertOk(rest.as("admin").post("groups",
                RestFixture.json("{'name':'Acme','projectKey':'HELP'}")), 201).get("id").asLong());
        assertOk(rest.post("groups", RestFixture.json("{'name':'Globex','projectKey':'HELP'}")), 201);
        // HELP-1 is shared with Acme (group 1) and could be shared with Globex (group 2).
        rest.services.host.issue(20_001, "HELP-1", rest.services.host.help, "alice");
        assertOk(rest.as("agent").post("issues/HELP-1/shares", RestFixture.json("{'groupId':1}")), 201);
        before = state();
    }

    /** What an anonymous call could change, as the Jira admin sees it; leaves the caller anonymous. */
    private static String state() {
        rest.as("admin");
        String state = String.join("\n",
                assertOk(rest.get("groups"), 200).toString(),
                assertOk(rest.get("groups/1/members"), 200).toString(),
                assertOk(rest.get("projects/HELP/catalog"), 200).toString(),
                assertOk(rest.get("users?query=alice"), 200).toString(),
                assertOk(rest.get("groups/1/usage"), 200).toString(),
                assertOk(rest.get("audit/settings"), 200).toString(),
                assertOk(rest.get("audit?limit=100"), 200).toString(),
                assertOk(rest.as("agent").get("issues/HELP-1/shares"), 200).toString(),
                assertOk(rest.get("me/subscriptions"), 200).toString(),
                rest.services.host.index.calls().toString());
        rest.as(null);
        return state;
    }

    @AfterAll
    static void stop() {
        rest.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "GET    | groups                         | -",
            "GET    | groups?name=Acme               | -",
            "POST   | groups                         | {\"name\":\"X\"}",
            "GET    | groups/1                       | -",
            "PUT    | groups/1                       | {\"description\":\"x\"}",
            "DELETE | groups/1                       | -",
            "GET    | groups/1/projects              | -",
            "GET    | groups/1/members               | -",
            "POST   | groups/1/members               | {\"usernames\":[\"alice\"]}",
            "DELETE | groups/1/members/alice         | -",
            "GET    | users                          | -",
            "POST   | users/alice/upgrade            | {}",
            "GET    | projects/HELP/catalog          | -",
            "POST   | projects/HELP/catalog          | {\"groupIds\":[1]}",
            "PUT    | projects/HELP/catalog/1        | {\"autoShare\":true}",
            "DELETE | projects/HELP/catalog/1        | -",
            "GET    | projects/HELP/sharing-setup    | -",
            "GET    | groups/1/usage                 | -",
            "GET    | issues/HELP-1/shares           | -",
            "POST   | issues/HELP-1/shares           | {\"groupId\":2}",
            "POST   | issues/HELP-1/shares           | {\"group\":\"Globex\"}",
            "DELETE | issues/HELP-1/shares/1         | -",
            "GET    | issues/HELP-1/shares/candidates | -",
            "GET    | issues/HELP-99/shares          | -",
            "GET    | audit                          | -",
            "GET    | audit?issue=HELP-1             | -",
            "GET    | audit?group=1                  | -",
            "GET    | audit/export                   | -",
            "GET    | audit/export?issue=HELP-1      | -",
            "GET    | audit/settings                 | -",
            "PUT    | audit/settings                 | {\"retentionDays\":1}",
            "GET    | issues/HELP-1/access/alice     | -",
            "GET    | issues/HELP-1/access/nobody    | -",
            "GET    | me/subscriptions               | -",
            "PUT    | me/subscriptions               | {\"enabled\":false}",
    })
    void anonymousCallersGet401(String method, String path, String body) {
        RestFixture.Reply r = rest.send(method, path, body, body == null ? null : "application/json");
        assertError(r, 401, "You need to log in to do this.", null);
        assertEquals(before, state(), "an anonymous " + method + " " + path + " changed something");
    }
}
