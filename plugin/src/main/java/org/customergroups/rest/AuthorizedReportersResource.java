package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.domain.ProjectRestriction;
import org.customergroups.rest.dto.AuthorizedReportersDto;
import org.customergroups.rest.dto.AuthorizedReportersRequest;
import org.customergroups.rest.dto.GroupRefDto;
import org.customergroups.service.RestrictionService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /projects/{key}/authorized-reporters}: the project's Restricted flag and Authorized Reporters (admins). */
@Path("/projects/{key}/authorized-reporters")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class AuthorizedReportersResource {

    private final Caller caller;
    private final RestrictionService restrictions;
    private final I18nResolver i18n;

    @Inject
    public AuthorizedReportersResource(Caller caller, RestrictionService restrictions, I18nResolver i18n) {
        this.caller = caller;
        this.restrictions = restrictions;
        this.i18n = i18n;
    }

    @GET
    public AuthorizedReportersDto get(@PathParam("key") String key) {
        String actor = caller.requireUserKey();
        return dto(restrictions.get(actor, key));
    }

    /** {@code {"restricted":bool, "groupIds":[...]}} replaces both; unknown group ids are 400 naming them. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthorizedReportersDto put(@PathParam("key") String key, AuthorizedReportersRequest body) {
        String actor = caller.requireUserKey();
        AuthorizedReportersRequest b = RequestParams.body(body);
        return dto(restrictions.put(actor, key, Boolean.TRUE.equals(b.restricted()), b.groupIds()));
    }

    private AuthorizedReportersDto dto(ProjectRestriction r) {
        return new AuthorizedReportersDto(r.restricted(),
                restrictions.groupsOf(r).stream().map(GroupRefDto::from).toList(),
                i18n.getText("cg.restricted.create.permission.hint"),
                r.updatedBy(), r.updatedAt() == null ? null : r.updatedAt().toString());
    }
}
