package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.IssueAccessDto;
import org.customergroups.service.AccessExplainer;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /issues/{key}/access/{username}}: why a user can (or cannot) see an issue. For those who may edit the issue;
 * checked by the service (an issue the caller cannot see is a 404, one they can only browse a 403).
 */
@Path("/issues/{key}/access/{username}")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class IssueAccessResource {

    private final Caller caller;
    private final AccessExplainer explainer;

    @Inject
    public IssueAccessResource(Caller caller, AccessExplainer explainer) {
        this.caller = caller;
        this.explainer = explainer;
    }

    @GET
    public IssueAccessDto explain(@PathParam("key") String key, @PathParam("username") String username) {
        String actor = caller.requireUserKey();
        return IssueAccessDto.from(explainer.explain(actor, key, username));
    }
}
