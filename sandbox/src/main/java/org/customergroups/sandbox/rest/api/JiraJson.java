package org.customergroups.sandbox.rest.api;

import org.customergroups.sandbox.host.HostComment;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.Workflow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of Jira's REST API v2 for the fields the sandbox has, with Jira's names: ids as
 * strings, {@code self} links under the base URL, dates as {@code 2026-11-20T09:00:00.000+0000}.
 * Fields the sandbox does not have (avatars, issue type, priority, ...) are left out.
 */
final class JiraJson {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private final String api;

    /** {@code baseUrl} is Jira's base URL, e.g. {@code http://localhost:2990/jira}. */
    JiraJson(String baseUrl) {
        this.api = baseUrl + "/rest/api/2";
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    String issueSelf(long issueId) {
        return api + "/issue/" + issueId;
    }

    /** What POST /issue answers: {@code {"id", "key", "self"}}. */
    Map<String, Object> createdIssue(HostIssue issue) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(issue.id()));
        json.put("key", issue.key());
        json.put("self", issueSelf(issue.id()));
        return json;
    }

    /** A user as Jira embeds one (reporter, comment author); a name without an account gives only the name. */
    Map<String, Object> user(String username, HostUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", api + "/user?username=" + encode(username));
        json.put("name", username);
        json.put("key", username);
        if (user != null) {
            json.put("emailAddress", user.email());
            json.put("displayName", user.displayName());
            json.put("active", true);
        }
        return json;
    }

    Map<String, Object> project(long id, String key, String name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", api + "/project/" + id);
        json.put("id", String.valueOf(id));
        json.put("key", key);
        json.put("name", name);
        return json;
    }

    /** A status as Jira embeds one (issue field {@code status}, a transition's {@code to}). */
    Map<String, Object> status(String name) {
        Workflow.Status status = Workflow.status(name);
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("self", api + "/statuscategory/" + status.category().id());
        category.put("id", status.category().id());
        category.put("key", status.category().key());
        category.put("colorName", status.category().colorName());
        category.put("name", status.category().displayName());
        Map<String, Object> json = new LinkedHashMap<>();
        if (!status.id().isEmpty()) {
            json.put("self", api + "/status/" + status.id());
            json.put("id", status.id());
        }
        json.put("description", "");
        json.put("name", status.name());
        json.put("statusCategory", category);
        return json;
    }

    /** What GET .../transitions answers: the transitions the caller may make now. */
    Map<String, Object> transitions(List<Workflow.Transition> transitions) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("expand", "transitions");
        json.put("transitions", transitions.stream().map(t -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", t.id());
            one.put("name", t.name());
            one.put("to", status(t.to().name()));
            one.put("hasScreen", false);
            one.put("isGlobal", false);
            one.put("isInitial", false);
            one.put("isAvailable", true);
            one.put("isConditional", false);
            return one;
        }).toList());
        return json;
    }

    Map<String, Object> comment(HostComment comment, Map<String, Object> author) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", issueSelf(comment.issueId()) + "/comment/" + comment.id());
        json.put("id", String.valueOf(comment.id()));
        json.put("author", author);
        json.put("body", comment.body());
        json.put("updateAuthor", author);
        json.put("created", date(comment.created()));
        json.put("updated", date(comment.created()));
        if (comment.visibility() != null) {
            Map<String, Object> visibility = new LinkedHashMap<>();
            visibility.put("type", comment.visibility().type());
            visibility.put("value", comment.visibility().value());
            json.put("visibility", visibility);
        }
        return json;
    }

    /** An issue's comments as a page holding all of them ({@code fields.comment}, GET .../comment). */
    static Map<String, Object> comments(List<Map<String, Object>> comments) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comments", comments);
        json.put("maxResults", comments.size());
        json.put("total", comments.size());
        json.put("startAt", 0);
        return json;
    }

    /** A group with its member count, members not expanded (as POST /group/user answers). */
    Map<String, Object> group(String name, int members) {
        Map<String, Object> users = new LinkedHashMap<>();
        users.put("size", members);
        users.put("items", List.of());
        users.put("max-results", 50);
        users.put("start-index", 0);
        users.put("end-index", 0);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("self", api + "/group?groupname=" + encode(name));
        json.put("users", users);
        json.put("expand", "users");
        return json;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
