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

/**
 * {@code /groups/{id}/auto-join} and {@code /auto-join/collisions}: Acme (HELP) and Partners (SALES) both claim
 * acme.example.
 */
class AutoJoinResourceTest {

    private RestFixture rest;
    private long acme;
    private long partners;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        acme = assertOk(rest.as("lead").post("groups", json("{'name':'Acme','projectKey':'HELP'}")), 201)
                .get("id").asLong();
        assertOk(rest.put("groups/" + acme, json("{'settings':{'autoJoinDomains':['acme.example']}}")), 200);
        partners = assertOk(rest.as("sales").post("groups", json("{'name':'Partners','projectKey':'SALES'}")), 201)
                .get("id").asLong();
        assertOk(rest.put("groups/" + partners, json("{'settings':{'autoJoinDomains':['@ACME.example']}}")), 200);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void previewListsTheUsersWhoWouldJoinAndTheCollisions() {
        rest.services.host.directory.addMember("Acme", "alice");

        JsonNode p = assertOk(rest.as("lead").get("groups/" + acme + "/auto-join/preview?limit=10"), 200);

        assertEquals(json("{'start':0,'limit':10,'total':1,'values':[{'key':'key-bob','username':'bob',"
                + "'displayName':'Bob Brown','email':'bob@acme.example','type':'REPORTER'}]}"), p.get("joins").toString());
        assertEquals(8, p.get("scanned").asInt());
        // The lead of HELP cannot see Partners: the collision is reported with the groups the lead sees.
        assertEquals(json("[{'domain':'acme.example','groups':[{'id':" + acme + ",'name':'Acme'}]}]"),
                p.get("collisions").toString());
        assertEquals(json("[{'domain':'acme.example','groups':[{'id':" + acme + ",'name':'Acme'},{'id':" + partners
                + ",'name':'Partners'}]}]"), assertOk(rest.as("admin").get("groups/" + acme + "/auto-join/preview"),
                200).get("collisions").toString());
        // Viewers (the agent) may not: the preview lists users who are not members, with their addresses.
        for (String who : List.of("agent", "alice")) {
            assertError(rest.as(who).get("groups/" + acme + "/auto-join/preview"), 403, "Only Jira administrators"
                    + " and the admins of projects using this customer group can change it or its members.", null);
        }
        assertError(rest.as("lead").get("groups/" + acme + "/auto-join/preview?start=x"), 400,
                "start must be a whole number, 0 or more.", "start");
    }

    @Test
    void applyAddsTheExistingUsersForUpdatersOnly() {
        assertError(rest.as("agent").post("groups/" + acme + "/auto-join/apply", "{}"), 403, "Only Jira"
                + " administrators and the admins of projects using this customer group can change it or its"
                + " members.", null);

        assertEquals(json("{'joined':2}"),
                assertOk(rest.as("lead").post("groups/" + acme + "/auto-join/apply", "{}"), 200).toString());
        assertEquals(json("{'joined':0}"),
                assertOk(rest.post("groups/" + acme + "/auto-join/apply", ""), 200).toString());
        assertEquals(json("{'joined':0}"),
                assertOk(rest.send("POST", "groups/" + acme + "/auto-join/apply", null, null), 200).toString());
        // A cross-site form can only send form or text bodies: refused before anything runs.
        assertEquals(415, rest.send("POST", "groups/" + acme + "/auto-join/apply", "x", "text/plain").status());
        assertEquals(Set.of("alice", "bob"), rest.services.host.directory.membersOf("Acme"));
    }

    @Test
    void collisionsListsTheDomainsClaimedByMoreThanOneVisibleGroup() {
        assertEquals(json("[{'domain':'acme.example','groups':[{'id':" + acme + ",'name':'Acme'},{'id':" + partners
                + ",'name':'Partners'}]}]"), assertOk(rest.as("admin").get("auto-join/collisions"), 200).toString());
        assertEquals("[]", assertOk(rest.as("lead").get("auto-join/collisions"), 200).toString());
        assertError(rest.as(null).get("auto-join/collisions"), 401, "You need to log in to do this.", null);
        assertEquals(List.of(), texts(assertOk(rest.as("alice").get("auto-join/collisions"), 200), "/domain"));
    }
}
