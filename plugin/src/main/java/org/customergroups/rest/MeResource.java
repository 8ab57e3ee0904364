package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.domain.DeliveryMode;
import org.customergroups.rest.dto.SubscriptionDto;
import org.customergroups.rest.dto.SubscriptionRequest;
import org.customergroups.service.SubscriptionService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /me/subscriptions}: the signed-in user's own "Shared with my customer groups" mail. */
@Path("/me/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class MeResource {

    private final Caller caller;
    private final SubscriptionService subscriptions;

    @Inject
    public MeResource(Caller caller, SubscriptionService subscriptions) {
        this.caller = caller;
        this.subscriptions = subscriptions;
    }

    @GET
    public SubscriptionDto get() {
        String actor = caller.requireUserKey();
        return SubscriptionDto.from(subscriptions.get(actor));
    }

    /** JSON only, so that a cross-site form post is refused with 415. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionDto update(SubscriptionRequest body) {
        String actor = caller.requireUserKey();
        SubscriptionRequest r = RequestParams.body(body);
        DeliveryMode mode = RequestParams.choice(DeliveryMode.class, r.mode(), "mode", "cg.error.notify.mode.invalid");
        return SubscriptionDto.from(subscriptions.update(actor, r.enabled(), mode));
    }
}
