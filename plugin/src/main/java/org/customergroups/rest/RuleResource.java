package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.PageRequest;
import org.customergroups.rest.dto.GroupDto;
import org.customergroups.rest.dto.RuleChangeDto;
import org.customergroups.rest.dto.RulePreviewDto;
import org.customergroups.rest.dto.RulePreviewRequest;
import org.customergroups.rest.dto.RuleRequest;
import org.customergroups.service.RuleService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /groups/{id}/rule}: a dynamic group's membership rule (docs/rule-language.md). Access is checked by the
 * service: preview, saving and removing need the update policy (the preview lists users a viewer may not see).
 */
@Path("/groups/{id}/rule")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class RuleResource {

    private final Caller caller;
    private final RuleService rules;

    @Inject
    public RuleResource(Caller caller, RuleService rules) {
        this.caller = caller;
        this.rules = rules;
    }

    /** Saves the rule: the group becomes DYNAMIC and is reconciled at once. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleChangeDto save(@PathParam("id") long id, RuleRequest body) {
        String actor = caller.requireUserKey();
        return RuleChangeDto.from(rules.save(actor, id, RequestParams.body(body).rule()));
    }

    /** Removes the rule: the group becomes STATIC again and keeps its members. */
    @DELETE
    public GroupDto remove(@PathParam("id") long id) {
        String actor = caller.requireUserKey();
        return GroupDto.from(rules.remove(actor, id));
    }

    /** Who the rule would add and remove now. Read-only: a POST only because the rule travels in the body. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public RulePreviewDto preview(@PathParam("id") long id, RulePreviewRequest body) {
        String actor = caller.requireUserKey();
        RulePreviewRequest r = RequestParams.body(body);
        PageRequest joins = PageRequest.of(start(r.joinsStart(), "joinsStart"), r.limit());
        PageRequest leaves = PageRequest.of(start(r.leavesStart(), "leavesStart"), r.limit());
        return RulePreviewDto.from(rules.preview(actor, id, r.rule(), joins, leaves));
    }

    /** A page start of the body, checked here so that the 400 names the body's field rather than "start". */
    private static Integer start(Integer value, String field) {
        if (value != null && value < 0) {
            throw DomainException.invalid(field, "cg.error.page.start.field", field);
        }
        return value;
    }
}
