package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.customergroups.rest.RestAssertions.assertError;
import static org.customergroups.rest.RestAssertions.assertOk;
import static org.customergroups.rest.RestAssertions.fieldNames;
import static org.customergroups.rest.RestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET/PUT /me/subscriptions} over HTTP, through {@link RestFixture} (real JSON, real stores on H2). */
class MeResourceTest {

    private static final String PATH = "me/subscriptions";

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    private static void assertSubscription(JsonNode j, boolean enabled, String mode, boolean isDefault) {
        assertEquals(List.of("enabled", "mode", "isDefault"), fieldNames(j), j::toString);
        assertEquals(enabled, j.get("enabled").asBoolean(), j::toString);
        assertEquals(mode, j.get("mode").asText(), j::toString);
        assertEquals(isDefault, j.get("isDefault").asBoolean(), j::toString);
    }

    @Test
    void anonymousCallersGet401() {
        rest.as(null);
        assertError(rest.get(PATH), 401, "You need to log in to do this.", null);
        assertError(rest.put(PATH, json("{'enabled':true}")), 401, "You need to log in to do this.", null);
        assertEquals(0, rest.services.auditStore.find(AuditQuery.all(), new PageRequest(0, 10)).total());
    }

    @Test
    void theDefaultDependsOnTheAccountType() {
        assertSubscription(assertOk(rest.as("staff").get(PATH), 200), true, "IMMEDIATE", true);
        assertSubscription(assertOk(rest.as("alice").get(PATH), 200), false, "IMMEDIATE", true);
    }

    @Test
    void putChangesOnlyWhatItSends() {
        rest.as("alice");
        assertSubscription(assertOk(rest.put(PATH, json("{'mode':'DIGEST'}")), 200), false, "DIGEST", false);
        assertSubscription(assertOk(rest.put(PATH, json("{'enabled':true}")), 200), true, "DIGEST", false);
        assertSubscription(assertOk(rest.put(PATH, json("{'mode':'immediate'}")), 200), true, "IMMEDIATE", false);
        assertSubscription(assertOk(rest.put(PATH, json("{}")), 200), true, "IMMEDIATE", false);
        assertSubscription(assertOk(rest.get(PATH), 200), true, "IMMEDIATE", false);
        // Only other users' defaults stay as they were.
        assertSubscription(assertOk(rest.as("bob").get(PATH), 200), false, "IMMEDIATE", true);
        assertEquals(3, rest.services.auditStore.find(AuditQuery.all(), new PageRequest(0, 10)).total());
    }

    @Test
    void badInputIs400() {
        rest.as("staff");
        assertError(rest.put(PATH, json("{'mode':'WEEKLY'}")), 400,
                "WEEKLY is not a delivery mode. Use one of: IMMEDIATE, DIGEST.", "mode");
        assertError(rest.put(PATH, json("{'mode':''}")), 400,
                " is not a delivery mode. Use one of: IMMEDIATE, DIGEST.", "mode");
        assertError(rest.put(PATH, json("{'enabled':'maybe'}")), 400, "The request body is not valid JSON.", null);
        assertError(rest.put(PATH, json("{'enabled':true,'daily':true}")), 400, "The request body is not valid JSON.",
                null);
        assertError(rest.put(PATH, ""), 400, "The request needs a JSON body.", null);
        assertError(rest.put(PATH, "{"), 400, "The request body is not valid JSON.", null);
        assertError(rest.send("PUT", PATH, "enabled=false", "application/x-www-form-urlencoded"), 415,
                "Send the request body as JSON (Content-Type: application/json).", null);
        assertSubscription(assertOk(rest.get(PATH), 200), true, "IMMEDIATE", true);
    }
}
