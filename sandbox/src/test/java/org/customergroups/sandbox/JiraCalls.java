package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The calls the sharing tests make over HTTP, as a client of a real Jira with the plugin would:
 * Jira's REST API v2 (issues, comments, group members) and the plugin's REST API (catalog, shares).
 */
final class JiraCalls {

    static final String API = "/jira/rest/api/2";
    static final String PLUGIN = "/jira/rest/customer-groups/1.0";

    private final SandboxClient client;

    JiraCalls(SandboxClient client) {
        this.client = client;
    }

    HttpResponse<String> call(String method, String path, String user, Object body) {
        return client.request(method, path, user, body);
    }

    /** POST /issue as {@code user}; {@code reporter} null = the caller. Returns the response. */
    HttpResponse<String> create(String user, String projectKey, String summary, String reporter) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", projectKey));
        fields.put("summary", summary);
        fields.put("description", "Created by a test: " + summary);
        fields.put("issuetype", Map.of("name", "Task"));
        if (reporter != null) {
            fields.put("reporter", Map.of("name", reporter));
        }
        return call("POST", API + "/issue", user, Map.of("fields", fields));
    }

    /** A new issue's key (201 expected). */
    String createdKey(String user, String projectKey, String summary, String reporter) {
        HttpResponse<String> r = create(user, projectKey, summary, reporter);
        assertEquals(201, r.statusCode(), r.body());
        return SandboxClient.json(r).path("key").asText();
    }

    HttpResponse<String> issue(String user, String key) {
        return call("GET", API + "/issue/" + key, user, null);
    }

    /** The Customer Groups field value as GET /issue shows it to an agent: group names, or null. */
    List<String> customerGroups(String key) {
        HttpResponse<String> r = issue("agent", key);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode value = SandboxClient.json(r).path("fields").path("customfield_10100");
        if (value.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        value.forEach(n -> names.add(n.asText()));
        return names;
    }

    HttpResponse<String> comment(String user, String key, String body) {
        return call("POST", API + "/issue/" + key + "/comment", user, Map.of("body", body));
    }

    /** A new customer group in the project's catalog (as its lead) with these members; returns its id. */
    long catalogGroup(String projectKey, String name, boolean autoShare, String... members) {
        String admin = projectKey.equals("HELP") ? "lead" : "admin";
        HttpResponse<String> created = call("POST", PLUGIN + "/projects/" + projectKey + "/catalog", admin,
                Map.of("name", name));
        assertEquals(201, created.statusCode(), created.body());
        long id = SandboxClient.json(created).path("group").path("id").asLong();
        if (members.length > 0) {
            HttpResponse<String> added = call("POST", PLUGIN + "/groups/" + id + "/members", admin,
                    Map.of("usernames", List.of(members)));
            assertEquals(200, added.statusCode(), added.body());
        }
        if (autoShare) {
            HttpResponse<String> on = call("PUT", PLUGIN + "/projects/" + projectKey + "/catalog/" + id, admin,
                    Map.of("autoShare", true));
            assertEquals(200, on.statusCode(), on.body());
        }
        return id;
    }

    /** The plugin's share of an issue with a group, as the agent (201 expected). */
    void share(String key, long groupId) {
        HttpResponse<String> r = call("POST", PLUGIN + "/issues/" + key + "/shares", "agent", Map.of("groupId", groupId));
        assertEquals(201, r.statusCode(), r.body());
    }
}
