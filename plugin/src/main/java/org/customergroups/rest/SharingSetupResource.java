package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.SharingSetupDto;
import org.customergroups.service.SharingSetupService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /projects/{key}/sharing-setup}: whether the project's permission scheme lets members of shared groups see
 * and comment on tickets. For those who may see the project's catalog; checked by the service.
 */
@Path("/projects/{key}/sharing-setup")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class SharingSetupResource {

    private final Caller caller;
    private final SharingSetupService setup;

    @Inject
    public SharingSetupResource(Caller caller, SharingSetupService setup) {
        this.caller = caller;
        this.setup = setup;
    }

    @GET
    public SharingSetupDto get(@PathParam("key") String key) {
        String actor = caller.requireUserKey();
        return SharingSetupDto.from(setup.of(actor, key));
    }
}
