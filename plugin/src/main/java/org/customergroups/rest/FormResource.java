package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.domain.IssueRef;
import org.customergroups.rest.dto.FormDto;
import org.customergroups.rest.dto.FormViewDto;
import org.customergroups.rest.dto.GroupRefDto;
import org.customergroups.rest.dto.SubmitRequest;
import org.customergroups.rest.dto.SubmittedDto;
import org.customergroups.service.FormService;
import org.customergroups.service.FormSubmission;
import org.customergroups.service.FormView;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * {@code /forms/{projectKey}}: a project's online request form. Any signed-in user reads it and submits it (in a
 * restricted project only authorized reporters and agents submit); project admins read and change the definition.
 */
@Path("/forms/{projectKey}")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class FormResource {

    /** The portal's request page, relative to the REST base {@code <jira>/rest/customer-groups/1.0/}. */
    private static final String PORTAL_REQUEST = "../../../plugins/servlet/customer-groups/portal/requests/";

    private final Caller caller;
    private final FormService forms;
    private final I18nResolver i18n;

    @Inject
    public FormResource(Caller caller, FormService forms, I18nResolver i18n) {
        this.caller = caller;
        this.forms = forms;
        this.i18n = i18n;
    }

    @GET
    public FormViewDto view(@PathParam("projectKey") String projectKey) {
        String actor = caller.requireUserKey();
        FormView v = forms.view(actor, projectKey);
        return new FormViewDto(new FormViewDto.ProjectDto(v.project().id(), v.project().key(), v.project().name()),
                FormDto.forReporter(v.form()),
                v.groupOptions().stream().map(GroupRefDto::from).toList(),
                v.canSubmit(),
                v.refusalKey() == null ? null : i18n.getText(v.refusalKey(), v.project().key()));
    }

    @GET
    @Path("definition")
    public FormDto definition(@PathParam("projectKey") String projectKey) {
        String actor = caller.requireUserKey();
        return FormDto.from(forms.editorDefinition(actor, projectKey));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public FormDto save(@PathParam("projectKey") String projectKey, FormDto body) {
        String actor = caller.requireUserKey();
        FormDto b = RequestParams.body(body);
        // The project id is the service's to fill in: the form is saved for the project of the path.
        return FormDto.from(forms.saveDefinition(actor, projectKey, b.toForm(0)));
    }

    /** 201 {@code {key, url}} with Location = the request's portal page; 400 lists every invalid field. */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("projectKey") String projectKey, SubmitRequest body, @Context UriInfo uri) {
        String actor = caller.requireUserKey();
        SubmitRequest b = RequestParams.body(body);
        IssueRef issue = forms.submit(actor, projectKey, new FormSubmission(b.summary(), b.description(),
                b.groupIds()));
        URI page = uri.getBaseUri().resolve(PORTAL_REQUEST + issue.key());
        return Response.created(page).entity(new SubmittedDto(issue.key(), page.toString())).build();
    }
}
