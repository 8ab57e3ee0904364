package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.rest.dto.RuleCheckDto;
import org.customergroups.rest.dto.RuleRequest;
import org.customergroups.service.RuleCheck;
import org.customergroups.service.RuleService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.io.Serializable;

/**
 * {@code /rules/check}: the rule editor's live validation, for any signed-in user. An invalid rule is a 200 with
 * {@code valid:false} (the answer to the question asked), not an error.
 */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class RuleCheckResource {

    private final Caller caller;
    private final RuleService rules;
    private final I18nResolver i18n;

    @Inject
    public RuleCheckResource(Caller caller, RuleService rules, I18nResolver i18n) {
        this.caller = caller;
        this.rules = rules;
        this.i18n = i18n;
    }

    /** Validation only: nothing changes (a POST because the rule travels in the body). */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleCheckDto check(RuleRequest body) {
        String actor = caller.requireUserKey();
        RuleCheck c = rules.check(actor, RequestParams.body(body).rule());
        if (c.valid()) {
            return new RuleCheckDto(true, c.canonical(), null, null, null, null, null);
        }
        Serializable[] args = c.arguments().stream()
                .map(a -> a instanceof Serializable s ? s : String.valueOf(a))
                .toArray(Serializable[]::new);
        return new RuleCheckDto(false, null, i18n.getText(c.messageKey(), args), c.messageKey(), c.position(),
                c.line(), c.column());
    }
}
