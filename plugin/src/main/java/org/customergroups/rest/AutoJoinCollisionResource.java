package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.DomainCollisionDto;
import org.customergroups.service.AutoJoinService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /auto-join/collisions}: every auto-join domain claimed by more than one of the groups the caller may see.
 * Bounded by the number of groups with auto-join domains, so not paged.
 */
@Path("/auto-join")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class AutoJoinCollisionResource {

    private final Caller caller;
    private final AutoJoinService autoJoin;

    @Inject
    public AutoJoinCollisionResource(Caller caller, AutoJoinService autoJoin) {
        this.caller = caller;
        this.autoJoin = autoJoin;
    }

    @GET
    @Path("collisions")
    public List<DomainCollisionDto> collisions() {
        String actor = caller.requireUserKey();
        return autoJoin.collisions(actor).stream().map(DomainCollisionDto::from).toList();
    }
}
