package org.customergroups.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class RestAssertions {

    private RestAssertions() {
    }

    /** The one error shape: exactly {"status","message","field"}. */
    static void assertError(RestFixture.Reply r, int status, String message, String field) {
        assertEquals(status, r.status(), r::toString);
        assertEquals("application/json", r.type().getType() + "/" + r.type().getSubtype(), r::toString);
        JsonNode j = r.json();
        assertEquals(List.of("status", "message", "field"), fieldNames(j), r::toString);
        assertEquals(status, j.get("status").asInt());
        assertEquals(message, j.get("message").asText(), r::toString);
        if (field == null) {
            assertTrue(j.get("field").isNull(), r::toString);
        } else {
            assertEquals(field, j.get("field").asText(), r::toString);
        }
    }

    static JsonNode assertOk(RestFixture.Reply r, int status) {
        assertEquals(status, r.status(), r::toString);
        return r.json();
    }

    static List<String> fieldNames(JsonNode j) {
        List<String> names = new ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.at(field).asText()));
        return out;
    }
}
