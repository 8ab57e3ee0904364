package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.domain.DomainException;
import org.customergroups.rest.dto.EmailVerifiedDto;
import org.customergroups.rest.dto.EmailVerifiedRequest;
import org.customergroups.service.EmailVerification;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code PUT /users/{username}/email-verified}: a Jira admin marks a user's current address verified (or removes the
 * mark). Its own root path, more specific than UserResource's {@code /users}, so JAX-RS picks it for this address.
 */
@Path("/users/{username}/email-verified")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class EmailVerifiedResource {

    private final Caller caller;
    private final EmailVerification verification;

    @Inject
    public EmailVerifiedResource(Caller caller, EmailVerification verification) {
        this.caller = caller;
        this.verification = verification;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public EmailVerifiedDto set(@PathParam("username") String username, EmailVerifiedRequest body) {
        String actor = caller.requireUserKey();
        EmailVerifiedRequest r = RequestParams.body(body);
        if (r.verified() == null) {
            throw DomainException.invalid("verified", "cg.error.verify.verified.required");
        }
        verification.set(actor, username, r.verified());
        return new EmailVerifiedDto(username, verification.isVerified(username));
    }
}
