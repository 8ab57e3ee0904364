package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.RequestState;
import org.customergroups.rest.dto.CommentRequest;
import org.customergroups.rest.dto.GroupRefDto;
import org.customergroups.rest.dto.PageDto;
import org.customergroups.rest.dto.PortalCommentDto;
import org.customergroups.rest.dto.PortalRequestDto;
import org.customergroups.rest.dto.PortalRowDto;
import org.customergroups.service.PortalFilter;
import org.customergroups.service.PortalService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * {@code /portal}: the reporter portal's data. Signed-in users only (401 otherwise); a request the caller may not see
 * is the same 404 as an unknown key (PortalAccess).
 */
@Path("/portal")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class PortalResource {

    private final Caller caller;
    private final PortalService portal;

    @Inject
    public PortalResource(Caller caller, PortalService portal) {
        this.caller = caller;
        this.portal = portal;
    }

    /** {@code ?scope=ALL|MINE|SHARED|GROUP&group=ID&state=ANY|OPEN|CLOSED&start&limit}. */
    @GET
    @Path("requests")
    public PageDto<PortalRowDto> requests(@QueryParam("scope") String scope, @QueryParam("group") String group,
                                          @QueryParam("state") String state, @QueryParam("start") String start,
                                          @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        PortalFilter filter = new PortalFilter(
                RequestParams.choice(PortalFilter.Scope.class, scope, "scope", "cg.error.portal.param.choice"),
                groupId(group),
                RequestParams.choice(RequestState.class, state, "state", "cg.error.portal.param.choice"));
        return PageDto.of(portal.myRequests(actor, filter, RequestParams.page(start, limit)), PortalRowDto::from);
    }

    @GET
    @Path("groups")
    public List<GroupRefDto> groups() {
        String actor = caller.requireUserKey();
        return portal.myGroups(actor).stream().map(GroupRefDto::from).toList();
    }

    @GET
    @Path("requests/{key}")
    public PortalRequestDto request(@PathParam("key") String key, @QueryParam("commentsStart") String start,
                                    @QueryParam("commentsLimit") String limit) {
        String actor = caller.requireUserKey();
        return PortalRequestDto.from(portal.request(actor, key, RequestParams.page(start, limit)));
    }

    /** {@code {"body":"..."}}: 201 with the comment, posted as the caller without a visibility restriction. */
    @POST
    @Path("requests/{key}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("key") String key, CommentRequest body, @Context UriInfo uri) {
        String actor = caller.requireUserKey();
        CommentRequest r = RequestParams.body(body);
        PortalCommentDto dto = PortalCommentDto.from(portal.comment(actor, key, r.body()));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(dto.id())).build();
        return Response.created(location).entity(dto).build();
    }

    private static Long groupId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("group", "cg.error.portal.group.id", value);
        }
    }
}
