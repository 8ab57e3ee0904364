package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.AutoJoinAppliedDto;
import org.customergroups.rest.dto.AutoJoinPreviewDto;
import org.customergroups.service.AutoJoinService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code /groups/{id}/auto-join}: existing users a static group's auto-join domains would add, and adding them
 * (both the update policy: the preview lists non-members). New users join by themselves (the reconciler).
 */
@Path("/groups/{id}/auto-join")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class AutoJoinResource {

    private final Caller caller;
    private final AutoJoinService autoJoin;

    @Inject
    public AutoJoinResource(Caller caller, AutoJoinService autoJoin) {
        this.caller = caller;
        this.autoJoin = autoJoin;
    }

    @GET
    @Path("preview")
    public AutoJoinPreviewDto preview(@PathParam("id") long id, @QueryParam("start") String start,
                                      @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        return AutoJoinPreviewDto.from(autoJoin.preview(actor, id, RequestParams.page(start, limit)));
    }

    /** Needs no body, but only accepts JSON (or none) so that a cross-site form post is refused with 415. */
    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public AutoJoinAppliedDto apply(@PathParam("id") long id) {
        String actor = caller.requireUserKey();
        return new AutoJoinAppliedDto(autoJoin.apply(actor, id));
    }
}
