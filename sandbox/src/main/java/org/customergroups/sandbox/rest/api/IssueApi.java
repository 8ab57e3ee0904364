package org.customergroups.sandbox.rest.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.sandbox.host.CustomerGroupsField;
import org.customergroups.sandbox.host.HostComment;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.ProjectRole;
import org.customergroups.sandbox.host.SandboxPermissions;
import org.customergroups.sandbox.host.Workflow;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/api/2/issue}: create an issue, read one, comment on one, transition one, with Jira's
 * paths and JSON.
 * <ul>
 *   <li>Create Issues: the project's agents and administrators, Jira administrators, and reporter
 *   accounts (unlicensed users, the helpdesk's customers) in every project. Licensed users without a
 *   role in the project may not.</li>
 *   <li>Modify Reporter: only the project's agents and administrators (and Jira administrators) may
 *   create an issue for another reporter; the reporter defaults to the caller.</li>
 *   <li>Browse Projects and Add Comments: {@link SandboxPermissions#canBrowseIssue}. An issue the
 *   caller may not see is 404 "Issue Does Not Exist", as an unknown one.</li>
 *   <li>Comment visibility (Jira's {@code "visibility": {"type": "role"|"group", "value": ...}}): only
 *   the issue's agents (Edit Issues) may restrict a comment, to a known project role
 *   ({@link ProjectRole#jiraName()}) or an existing group; a restricted comment is internal, shown to
 *   the issue's agents only.</li>
 *   <li>Transition Issues: the issue's agents (Edit Issues: project roles and Jira administrators);
 *   others who may browse it get no transitions and 403 when they try one. The workflow is
 *   {@link Workflow}.</li>
 * </ul>
 * A created issue fires the issue-created event into the plugin (auto-share, then notifications), a
 * comment the commented event, a transition the status-changed event.
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
        api.host().requestIndex().reindex(List.of(created.id()));
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
        fields.put("comment", JiraJson.comments(commentsOf(issue, caller)));
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
        HostUser caller = api.caller();
        return JiraJson.comments(commentsOf(api.visibleIssue(caller, idOrKey), caller));
    }

    /** Add Comments goes with Browse Projects in the sandbox's permission scheme; restricting one needs an agent. */
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
        HostComment.Visibility visibility = visibility(body.path("visibility"), caller, issue);
        HostComment comment = api.host().projects().addComment(issue.id(), caller.username(), text, visibility,
                api.clock().instant());
        api.host().events().commented(issue.id(), caller.username(), text, comment.internal());
        return Response.status(Response.Status.CREATED).entity(api.comment(comment)).build();
    }

    /** The transitions the caller may make now: the workflow's from the issue's status, for agents only. */
    @GET
    @Path("{issueIdOrKey}/transitions")
    public Map<String, Object> transitions(@PathParam("issueIdOrKey") String idOrKey,
                                           @QueryParam("transitionId") String transitionId) {
        HostUser caller = api.caller();
        HostIssue issue = api.visibleIssue(caller, idOrKey);
        List<Workflow.Transition> transitions = isAgent(caller, issue) ? Workflow.from(issue.status()) : List.of();
        if (transitionId != null) {
            transitions = transitions.stream().filter(t -> t.id().equals(transitionId)).toList();
        }
        return api.json().transitions(transitions);
    }

    /** {@code {"transition": {"id": "21"}}} → 204; the issue's agents only. */
    @POST
    @Path("{issueIdOrKey}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("issueIdOrKey") String idOrKey, JsonNode body) {
        HostUser caller = api.caller();
        HostIssue issue = api.visibleIssue(caller, idOrKey);
        if (!isAgent(caller, issue)) {
            throw JiraRestException.of(403, api.text().getText("sandbox.api.transition.forbidden"));
        }
        JsonNode id = body == null ? MissingNode.getInstance() : body.path("transition").path("id");
        String transitionId = id.isTextual() || id.isIntegralNumber() ? id.asText() : null;
        if (transitionId == null || transitionId.isBlank()) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.transition.required"));
        }
        Workflow.Transition transition = Workflow.find(issue.status(), transitionId.strip())
                .orElseThrow(() -> JiraRestException.of(400,
                        api.text().getText("sandbox.api.transition.invalid", transitionId.strip())));
        String to = transition.to().name();
        if (!api.host().projects().changeStatus(issue.id(), issue.status(), to, api.clock().instant())) {
            // Someone else moved it first: the transition no longer starts from its status.
            throw JiraRestException.of(400, api.text().getText("sandbox.api.transition.invalid", transitionId.strip()));
        }
        api.host().events().statusChanged(issue.id(), caller.username(), issue.status(), to);
        return Response.noContent().build();
    }

    /**
     * A comment's restriction, or null for a public comment. Only agents restrict comments (Jira:
     * members of the role or group); the role must be one the sandbox knows, the group must exist.
     */
    private HostComment.Visibility visibility(JsonNode json, HostUser caller, HostIssue issue) {
        if (json.isMissingNode() || json.isNull()) {
            return null;
        }
        String type = text(json.path("type"));
        String value = text(json.path("value"));
        if (value == null || value.isBlank()
                || !(HostComment.Visibility.ROLE.equals(type) || HostComment.Visibility.GROUP.equals(type))) {
            throw JiraRestException.fields(Map.of("commentLevel", api.text().getText("sandbox.api.visibility.invalid")));
        }
        String restrictedTo;
        if (HostComment.Visibility.ROLE.equals(type)) {
            restrictedTo = ProjectRole.byName(value).map(ProjectRole::jiraName).orElseThrow(() -> JiraRestException.fields(
                    Map.of("commentLevel", api.text().getText("sandbox.api.visibility.role.invalid", value))));
        } else {
            restrictedTo = api.host().sandboxDirectory().groupName(value).orElseThrow(() -> JiraRestException.fields(
                    Map.of("commentLevel", api.text().getText("sandbox.api.visibility.group.invalid", value))));
        }
        if (!isAgent(caller, issue)) {
            throw JiraRestException.fields(Map.of("commentLevel",
                    api.text().getText("sandbox.api.visibility.forbidden", restrictedTo)));
        }
        return new HostComment.Visibility(type, restrictedTo);
    }

    /** Edit Issues: what lets a user transition, restrict comments and read internal ones. */
    private boolean isAgent(HostUser caller, HostIssue issue) {
        return api.host().sandboxPermissions().canEditIssue(caller.username(), issue.id());
    }

    /** The comments the caller may read: internal ones for the issue's agents only. */
    private List<Map<String, Object>> commentsOf(HostIssue issue, HostUser caller) {
        boolean agent = isAgent(caller, issue);
        return api.host().projects().comments(issue.id()).stream()
                .filter(c -> agent || !c.internal())
                .map(api::comment)
                .toList();
    }

    /** A JSON string's text; null when it is missing, null or not a string. */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
