package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.customergroups.rest.dto.CreateGroupRequest;
import org.customergroups.rest.dto.GroupDto;
import org.customergroups.rest.dto.GroupProjectDto;
import org.customergroups.rest.dto.GroupUsageDto;
import org.customergroups.rest.dto.PageDto;
import org.customergroups.rest.dto.SettingsDto;
import org.customergroups.rest.dto.UpdateGroupRequest;
import org.customergroups.service.CatalogService;
import org.customergroups.service.GroupChanges;
import org.customergroups.service.GroupDetails;
import org.customergroups.service.GroupService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * {@code /groups}: customer groups by numeric id (names may contain '/'). Access is checked by the services
 * (so refusals use the plugin's JSON error shape), hence {@code @UnrestrictedAccess} for Jira's own filter.
 */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class GroupResource {

    private final Caller caller;
    private final GroupService groups;
    private final CatalogService catalog;

    @Inject
    public GroupResource(Caller caller, GroupService groups, CatalogService catalog) {
        this.caller = caller;
        this.groups = groups;
        this.catalog = catalog;
    }

    /** {@code ?query=} searches names; {@code ?name=A&name=B} finds exact names (ignoring case). */
    @GET
    public PageDto<GroupDto> list(@QueryParam("query") String query, @QueryParam("name") List<String> names,
                                  @QueryParam("start") String start, @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        if (names != null && !names.isEmpty()) {
            return PageDto.of(groups.findByNames(actor, names), GroupDto::from);
        }
        return PageDto.of(groups.search(actor, query, RequestParams.page(start, limit)), GroupDto::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateGroupRequest body, @Context UriInfo uri) {
        String actor = caller.requireUserKey();
        CreateGroupRequest r = RequestParams.body(body);
        GroupDetails created = groups.create(actor, r.name(), r.description(), r.projectKey());
        URI location = uri.getBaseUriBuilder().path(GroupResource.class)
                .path(String.valueOf(created.group().id())).build();
        return Response.created(location).entity(GroupDto.from(created)).build();
    }

    @GET
    @Path("{id}")
    public GroupDto get(@PathParam("id") long id) {
        return GroupDto.from(groups.get(caller.requireUserKey(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupDto update(@PathParam("id") long id, UpdateGroupRequest body) {
        String actor = caller.requireUserKey();
        UpdateGroupRequest r = RequestParams.body(body);
        SettingsDto s = r.settings() == null ? new SettingsDto(null, null, null, null) : r.settings();
        GroupChanges changes = new GroupChanges(r.description(), s.autoJoinDomains(), s.twoFactorRequired(),
                RequestParams.choice(ViewPolicy.class, s.viewPolicy(), "settings.viewPolicy",
                        "cg.error.setting.view.policy.invalid"),
                RequestParams.choice(UpdatePolicy.class, s.updatePolicy(), "settings.updatePolicy",
                        "cg.error.setting.update.policy.invalid"));
        return GroupDto.from(groups.update(actor, id, changes));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("deleteJiraGroup") String deleteJiraGroup) {
        String actor = caller.requireUserKey();
        groups.delete(actor, id, RequestParams.flag(deleteJiraGroup, "deleteJiraGroup"));
        return Response.noContent().build();
    }

    /** The projects whose catalog holds the group (its Projects tab). */
    @GET
    @Path("{id}/projects")
    public PageDto<GroupProjectDto> projects(@PathParam("id") long id, @QueryParam("start") String start,
                                             @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        return PageDto.of(catalog.projectsOf(actor, id, RequestParams.page(start, limit)), GroupProjectDto::from);
    }

    /** What deleting the group would touch: using projects and shared tickets (shown before a delete). */
    @GET
    @Path("{id}/usage")
    public GroupUsageDto usage(@PathParam("id") long id) {
        return GroupUsageDto.from(groups.usage(caller.requireUserKey(), id));
    }
}
