package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.EmailSentDto;
import org.customergroups.rest.dto.EmailStatusDto;
import org.customergroups.service.EmailVerification;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /me/email-verification}: the signed-in user's own address. GET tells whether it is verified; POST mails a
 * verification link to it (202: the mail is queued). The link opens the verify-email page (EmailVerificationServlet).
 */
@Path("/me/email-verification")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class EmailVerificationResource {

    private final Caller caller;
    private final EmailVerification verification;

    @Inject
    public EmailVerificationResource(Caller caller, EmailVerification verification) {
        this.caller = caller;
        this.verification = verification;
    }

    @GET
    public EmailStatusDto get() {
        String actor = caller.requireUserKey();
        return EmailStatusDto.from(verification.status(actor));
    }

    /** Needs no body, but only accepts JSON (or none) so that a cross-site form post is refused with 415. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request() {
        String actor = caller.requireUserKey();
        verification.request(actor);
        return Response.accepted(new EmailSentDto(verification.status(actor).email())).build();
    }
}
