package org.customergroups.sandbox.rest.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.SandboxDirectory;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/api/2/group/user}: add a user to a group and remove one, as Jira administrators do
 * (Jira allows this to administrators only). Both go through the sandbox's user directory, so they
 * fire the membership-created and -deleted events into the plugin like any other.
 */
@Path("group")
@Produces(MediaType.APPLICATION_JSON)
public final class GroupApi {

    private final ApiContext api;

    GroupApi(ApiContext api) {
        this.api = api;
    }

    /** {@code POST ?groupname=} with {@code {"name": username}} → 201 and the group. */
    @POST
    @Path("user")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addUser(@QueryParam("groupname") String groupname, JsonNode body) {
        requireAdmin();
        String group = group(groupname);
        String username = user(body == null || !body.path("name").isTextual() ? null : body.path("name").asText());
        SandboxDirectory directory = api.host().sandboxDirectory();
        if (!directory.addMember(group, username)) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.group.already.member", username, group));
        }
        return Response.status(Response.Status.CREATED)
                .entity(api.json().group(group, directory.memberCount(group)))
                .build();
    }

    /** {@code DELETE ?groupname=&username=} → 200 without a body. */
    @DELETE
    @Path("user")
    public Response removeUser(@QueryParam("groupname") String groupname, @QueryParam("username") String username) {
        requireAdmin();
        String group = group(groupname);
        String user = user(username);
        if (!api.host().sandboxDirectory().removeMember(group, user)) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.group.not.member", user, group));
        }
        return Response.ok().build();
    }

    private void requireAdmin() {
        HostUser caller = api.caller();
        if (!caller.jiraAdmin()) {
            throw JiraRestException.of(403, api.text().getText("sandbox.api.group.forbidden"));
        }
    }

    /** The group's name as the group spells it. */
    private String group(String name) {
        if (name == null || name.isBlank()) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.group.name.required"));
        }
        return api.host().sandboxDirectory().groupName(name)
                .orElseThrow(() -> JiraRestException.of(404, api.text().getText("sandbox.api.group.not.found")));
    }

    private String user(String name) {
        if (name == null || name.isBlank()) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.user.name.required"));
        }
        return api.host().sandboxDirectory().userByName(name)
                .orElseThrow(() -> JiraRestException.of(404, api.text().getText("sandbox.api.user.not.found", name)))
                .username();
    }
}
