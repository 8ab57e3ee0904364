package org.customergroups.port;

import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;

import java.util.Optional;

/**
 * The host's issues as the reporter portal and the request forms see them. No permission checks here: the
 * plugin decides who may see or create what (PortalAccess, RestrictionService) before it calls.
 */
public interface Requests {

    /**
     * Creates a ticket in the project with {@code reporterKey} as reporter, through the host's issue service
     * (Jira: as the project lead, who needs Create Issues and Modify Reporter). Fires the host's created
     * event (which runs Auto-share). Throws an INVALID DomainException naming the problem when the host
     * refuses (e.g. a required field the form does not have).
     */
    IssueRef create(long projectId, String reporterKey, String summary, String description);

    /** The request page's content; empty when there is no such issue. */
    Optional<RequestContent> content(long issueId);

    /** The issue's comments without a visibility restriction, oldest first. */
    Page<PublicComment> publicComments(long issueId, PageRequest page);

    /** Adds an unrestricted comment authored by {@code authorKey} (dispatching the host's commented event). */
    PublicComment addComment(long issueId, String authorKey, String body);

    /** The matching issues, most recently updated first (Jira: a JQL search that overrides security). */
    Page<RequestRow> search(RequestQuery query, PageRequest page);
}
