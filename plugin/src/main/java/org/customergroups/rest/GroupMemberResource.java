package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.AddMembersRequest;
import org.customergroups.rest.dto.MembersAddedDto;
import org.customergroups.rest.dto.PageDto;
import org.customergroups.rest.dto.UserDto;
import org.customergroups.service.MembershipService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code /groups/{id}/members}: a customer group's direct members. Access is checked by the service. */
@Path("/groups/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class GroupMemberResource {

    private final Caller caller;
    private final MembershipService members;

    @Inject
    public GroupMemberResource(Caller caller, MembershipService members) {
        this.caller = caller;
        this.members = members;
    }

    @GET
    public PageDto<UserDto> list(@PathParam("id") long id, @QueryParam("query") String query,
                                 @QueryParam("start") String start, @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        return PageDto.of(members.members(actor, id, query, RequestParams.page(start, limit)), UserDto::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public MembersAddedDto add(@PathParam("id") long id, AddMembersRequest body) {
        String actor = caller.requireUserKey();
        return MembersAddedDto.from(members.add(actor, id, RequestParams.body(body).usernames()));
    }

    @DELETE
    @Path("{username}")
    public Response remove(@PathParam("id") long id, @PathParam("username") String username) {
        String actor = caller.requireUserKey();
        members.remove(actor, id, username);
        return Response.noContent().build();
    }
}
