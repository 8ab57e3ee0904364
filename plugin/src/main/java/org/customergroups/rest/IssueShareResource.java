package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.IssueSharesDto;
import org.customergroups.rest.dto.PageDto;
import org.customergroups.rest.dto.ShareCandidateDto;
import org.customergroups.rest.dto.ShareDto;
import org.customergroups.rest.dto.ShareRequest;
import org.customergroups.service.ShareChange;
import org.customergroups.service.ShareService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/**
 * {@code /issues/{key}/shares}: the customer groups an issue is shared with. Who may see or change them is checked
 * by the service (browse the issue to see, edit it to change; an issue the caller cannot see is a 404).
 */
@Path("/issues/{key}/shares")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class IssueShareResource {

    private final Caller caller;
    private final ShareService shares;

    @Inject
    public IssueShareResource(Caller caller, ShareService shares) {
        this.caller = caller;
        this.shares = shares;
    }

    @GET
    public IssueSharesDto list(@PathParam("key") String key) {
        String actor = caller.requireUserKey();
        return IssueSharesDto.from(shares.list(actor, key));
    }

    /** {@code {"groupId":…}} or {@code {"group":"name"}}: 201 with the new share, 200 when it was shared already. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@PathParam("key") String key, ShareRequest body, @Context UriInfo uri) {
        String actor = caller.requireUserKey();
        ShareRequest r = RequestParams.body(body);
        ShareChange change = shares.share(actor, key, r.groupId(), r.group());
        ShareDto dto = ShareDto.from(change.share());
        if (!change.created()) {
            return Response.ok(dto).build();
        }
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(dto.groupId())).build();
        return Response.created(location).entity(dto).build();
    }

    @DELETE
    @Path("{groupId}")
    public Response unshare(@PathParam("key") String key, @PathParam("groupId") long groupId) {
        String actor = caller.requireUserKey();
        shares.unshare(actor, key, groupId);
        return Response.noContent().build();
    }

    /** The project's catalog groups the issue can be shared with (the panel's type-ahead). */
    @GET
    @Path("candidates")
    public PageDto<ShareCandidateDto> candidates(@PathParam("key") String key, @QueryParam("query") String query,
                                                 @QueryParam("start") String start, @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        return PageDto.of(shares.candidates(actor, key, query, RequestParams.page(start, limit)),
                ShareCandidateDto::from);
    }
}
