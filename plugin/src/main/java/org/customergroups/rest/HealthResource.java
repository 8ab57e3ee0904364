package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.HealthDto;
import org.customergroups.service.HealthService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /rest/customer-groups/1.0/health}: plugin version and whether its tables answer.
 * Jira administrators only. Access is checked here (so the answer is our JSON error shape), hence
 * {@code @UnrestrictedAccess} for Jira's own filter.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class HealthResource {

    private final Caller caller;
    private final HealthService health;

    @Inject
    public HealthResource(Caller caller, HealthService health) {
        this.caller = caller;
        this.health = health;
    }

    @GET
    public HealthDto get() {
        caller.requireAdmin();
        return HealthDto.from(health.check());
    }
}
