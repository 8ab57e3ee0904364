package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.domain.AccountType;
import org.customergroups.rest.dto.PageDto;
import org.customergroups.rest.dto.UserDto;
import org.customergroups.service.MembershipService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** {@code /users}: the user picker and upgrading reporter accounts. Access is checked by the service. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class UserResource {

    private final Caller caller;
    private final MembershipService members;

    @Inject
    public UserResource(Caller caller, MembershipService members) {
        this.caller = caller;
        this.members = members;
    }

    @GET
    public PageDto<UserDto> find(@QueryParam("query") String query, @QueryParam("type") String type,
                                 @QueryParam("start") String start, @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        AccountType accountType = RequestParams.choice(AccountType.class, blankToNull(type), "type",
                "cg.error.user.type.invalid");
        return PageDto.of(members.findUsers(actor, query, accountType, RequestParams.page(start, limit)),
                UserDto::from);
    }

    /** Needs no body, but only accepts JSON (or none) so that a cross-site form post is refused with 415. */
    @POST
    @Path("{username}/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDto upgrade(@PathParam("username") String username) {
        String actor = caller.requireUserKey();
        return UserDto.from(members.upgrade(actor, username));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
