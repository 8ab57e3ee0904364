package org.customergroups.service;

import org.customergroups.domain.IssueRef;

/**
 * Who may see a request in the portal: its reporter, a member of a group it is shared with, and a customer
 * admin of the reporter's group (CustomerAdmins). Nobody else, and the answer for everyone else is the same
 * 404 an unknown key gets, so that existence does not leak.
 */
public final class PortalAccess {

    /** The request, if {@code actor} (user key; null = anonymous, 401) may see it; else 404. */
    public IssueRef requireVisible(String actor, String issueKey) {
        throw new UnsupportedOperationException("issue 5: portal access");
    }

    public boolean canSee(String actorKey, IssueRef issue) {
        throw new UnsupportedOperationException("issue 5: portal access");
    }
}
