package org.customergroups.service;

import org.customergroups.domain.IssueRef;
import org.customergroups.domain.RequestForm;

/**
 * Online request forms: the definition (project admins edit it; any signed-in user reads it) and submitting
 * it. Submitting checks the project's restriction, validates every field (INVALID naming the field) and the
 * Customer Group block against the same options the form offered (a forged group is 400), creates the ticket
 * with the reporter (Requests.create, which runs Auto-share), then shares it with the chosen groups (source FORM,
 * audit cause FORM) and records REQUEST_CREATED.
 */
public final class FormService {

    public FormView view(String actor, String projectKey) {
        throw new UnsupportedOperationException("issue 5: forms");
    }

    /** The stored definition for the admin's editor (project admins). */
    public RequestForm definition(String actor, String projectKey) {
        throw new UnsupportedOperationException("issue 5: forms");
    }

    public RequestForm save(String actor, String projectKey, RequestForm changes) {
        throw new UnsupportedOperationException("issue 5: forms");
    }

    public IssueRef submit(String actor, String projectKey, FormSubmission submission) {
        throw new UnsupportedOperationException("issue 5: forms");
    }
}
