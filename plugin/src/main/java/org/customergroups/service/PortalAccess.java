package org.customergroups.service;

import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.port.Directory;
import org.customergroups.port.Issues;

import java.util.Optional;

/**
 * Who may see a request in the portal: its reporter, a member of a group it is shared with, and a customer
 * admin of the reporter's group (CustomerAdmins). Nobody else, and the answer for everyone else is the same
 * 404 an unknown key gets, so that existence does not leak. Agents are not special here: they have Jira's own
 * issue view, and the portal shows only what a customer may see.
 */
public final class PortalAccess {

    private final Issues issues;
    private final Directory directory;
    private final ShareAccess shareAccess;
    private final CustomerAdmins customerAdmins;

    public PortalAccess(Issues issues, Directory directory, ShareAccess shareAccess, CustomerAdmins customerAdmins) {
        this.issues = issues;
        this.directory = directory;
        this.shareAccess = shareAccess;
        this.customerAdmins = customerAdmins;
    }

    /** The request, if {@code actor} (user key; null = anonymous, 401) may see it; else 404. */
    public IssueRef requireVisible(String actor, String issueKey) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        String typed = issueKey == null ? "" : issueKey;
        String k = typed.strip();
        return (k.isEmpty() ? Optional.<IssueRef>empty() : issues.byKey(k))
                .filter(i -> canSee(actor, i))
                .orElseThrow(() -> notFound(typed));
    }

    public boolean canSee(String actorKey, IssueRef issue) {
        if (actorKey == null || issue == null) {
            return false;
        }
        if (actorKey.equals(issue.reporterKey())) {
            return true;
        }
        String username = directory.userByKey(actorKey).map(u -> u.username()).orElse(null);
        if (username == null) {
            return false;
        }
        return shareAccess.reachesThroughShare(username, issue.id())
                || issue.reporterKey() != null && customerAdmins.adminPath(username, issue).isPresent();
    }

    /** The one 404 of the portal: unknown, invisible and malformed keys read the same. */
    static DomainException notFound(String typedKey) {
        return DomainException.notFound("cg.error.portal.request.not.found", typedKey);
    }
}
