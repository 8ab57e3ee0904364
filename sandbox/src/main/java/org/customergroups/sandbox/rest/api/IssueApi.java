package org.customergroups.sandbox.rest.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.sandbox.host.CustomerGroupsField;
import org.customergroups.sandbox.host.HostComment;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.SandboxPermissions;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/api/2/issue}: create an issue, read one, comment on one, with Jira's paths and JSON.
 * <ul>
 *   <li>Create Issues: the project's agents and administrators, Jira administrators, and reporter
 *   accounts (unlicensed users, the helpdesk's customers) in every project. Licensed users without a
 *   role in the project may not.</li>
 *   <li>Modify Reporter: only the project's agents and administrators (and Jira administrators) may
 *   create an issue for another reporter; the reporter defaults to the caller.</li>
 *   <li>Browse Projects and Add Comments: {@link SandboxPermissions#canBrowseIssue}. An issue the
 *   caller may not see is 404 "Issue Does Not Exist", as an unknown one.</li>
 * </ul>
 * A created issue fires the issue-created event into the plugin (auto-share).
 */
@Path("issue")
@Produces(MediaType.APPLICATION_JSON)
public final class IssueApi {

    private static final int SUMMARY_MAX = 255;

    private final ApiContext api;

    IssueApi(ApiContext api) {
        this.api = api;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body) {
        HostUser caller = api.caller();
        JsonNode fields = body == null ? MissingNode.getInstance() : body.path("fields");
        Map<String, String> errors = new LinkedHashMap<>();

        String projectKey = text(fields.path("project").path("key"));
        Optional<ProjectRef> project = projectKey == null ? Optional.empty() : api.host().sandboxProjects().byKey(projectKey);
        if (projectKey == null) {
            errors.put("project", api.text().getText("sandbox.api.project.required"));
        } else if (project.isEmpty()) {
            errors.put("project", api.text().getText("sandbox.api.project.invalid"));
        }
        String summary = text(fields.path("summary"));
        if (summary == null || summary.isBlank()) {
            errors.put("summary", api.text().getText("sandbox.api.summary.required"));
        } else if (summary.length() > SUMMARY_MAX) {
            errors.put("summary", api.text().getText("sandbox.api.summary.too.long"));
        }
        String reporter = caller.username();
        String reporterName = text(fields.path("reporter").path("name"));
        if (reporterName != null) {
            // Usernames ignore case, as in Jira (the same look-up as the group API's).
            Optional<UserSummary> user = api.host().sandboxDirectory().userByName(reporterName);
            if (user.isEmpty()) {
                errors.put("reporter", api.text().getText("sandbox.api.reporter.unknown"));
            } else {
                reporter = user.get().username();
            }
        }
        if (!errors.isEmpty()) {
            throw JiraRestException.fields(errors);
        }

        long projectId = project.orElseThrow().id();
        SandboxPermissions permissions = api.host().sandboxPermissions();
        boolean staff = permissions.isAgent(caller.username(), projectId) || permissions.isProjectAdmin(caller.username(), projectId);
        if (!staff && caller.licensed()) {
            throw JiraRestException.of(403, api.text().getText("sandbox.api.create.forbidden"));
        }
        if (!staff && !reporter.equals(caller.username())) {
            throw JiraRestException.fields(Map.of("reporter", api.text().getText("sandbox.api.reporter.not.allowed")));
        }

        HostIssue created = api.host().projects().openIssue(project.get().key(), summary.strip(),
                text(fields.path("description")), reporter, api.clock().instant());
        api.host().events().issueCreated(created.id(), caller.username());
        return Response.status(Response.Status.CREATED).entity(api.json().createdIssue(created)).build();
    }

    @GET
    @Path("{issueIdOrKey}")
    public Map<String, Object> get(@PathParam("issueIdOrKey") String idOrKey) {
        HostUser caller = api.caller();
        HostIssue issue = api.visibleIssue(caller, idOrKey);
        ProjectRef project = api.project(issue.projectKey());

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", issue.summary());
        fields.put("description", issue.description());
        fields.put("status", api.json().status(issue.status()));
        fields.put("reporter", api.user(issue.reporter()));
        fields.put("project", api.json().project(project.id(), project.key(), project.name()));
        fields.put("created", JiraJson.date(issue.created()));
        fields.put("updated", JiraJson.date(issue.updated()));
        fields.put("comment", JiraJson.comments(commentsOf(issue)));
        CustomerGroupsField field = api.host().customerGroupsField();
        if (field.declared()) {
            Object value = field.valueOf(api.host().jira().issue(issue));
            fields.put(CustomerGroupsField.FIELD_ID, value == null ? null : CustomerGroupsField.names(value));
        }

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(issue.id()));
        json.put("self", api.json().issueSelf(issue.id()));
        json.put("key", issue.key());
        json.put("fields", fields);
        return json;
    }

    @GET
    @Path("{issueIdOrKey}/comment")
    public Map<String, Object> comments(@PathParam("issueIdOrKey") String idOrKey) {
        return JiraJson.comments(commentsOf(api.visibleIssue(api.caller(), idOrKey)));
    }

    /** Add Comments goes with Browse Projects in the sandbox's permission scheme. */
    @POST
    @Path("{issueIdOrKey}/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("issueIdOrKey") String idOrKey, JsonNode body) {
        HostUser caller = api.caller();
        HostIssue issue = api.visibleIssue(caller, idOrKey);
        String text = body == null ? null : text(body.path("body"));
        if (text == null || text.isBlank()) {
            throw JiraRestException.fields(Map.of("comment", api.text().getText("sandbox.api.comment.required")));
        }
        HostComment comment = api.host().projects().addComment(issue.id(), caller.username(), text, api.clock().instant());
        return Response.status(Response.Status.CREATED).entity(api.comment(comment)).build();
    }

    private List<Map<String, Object>> commentsOf(HostIssue issue) {
        return api.host().projects().comments(issue.id()).stream().map(api::comment).toList();
    }

    /** A JSON string's text; null when it is missing, null or not a string. */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
