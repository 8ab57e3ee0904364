package org.customergroups.service;

import org.customergroups.domain.AccessPath;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.TicketShare;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;
import org.customergroups.port.Issues;
import org.customergroups.port.PermissionSchemes;
import org.customergroups.port.Permissions;
import org.customergroups.port.ShareStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Why can this user see this ticket?" for the agents of the issue (those who may edit it; an issue the actor
 * cannot see is a 404, one they can only browse a 403). The reasons, in this order: the user reported it; the
 * ticket is shared with a group the user is a member of (directly or through a nested group, as the directory
 * answers); the user is a customer admin who shares a (non-default) catalog group with the reporter (see
 * {@link CustomerAdmins}); otherwise, Jira's own Browse permission (a role, a group, a project grant).
 */
public final class AccessExplainer {

    private final Issues issues;
    private final Permissions permissions;
    private final Directory directory;
    private final ShareStore shares;
    private final PermissionSchemes schemes;
    private final CustomerAdmins customerAdmins;

    public AccessExplainer(Issues issues, Permissions permissions, Directory directory, ShareStore shares,
                           PermissionSchemes schemes, CustomerAdmins customerAdmins) {
        this.issues = issues;
        this.permissions = permissions;
        this.directory = directory;
        this.shares = shares;
        this.schemes = schemes;
        this.customerAdmins = customerAdmins;
    }

    public AccessExplanation explain(String actor, String issueKey, String username) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        IssueRef issue = Lookups.issue(issues, permissions, actor, issueKey);
        if (!permissions.canEditIssue(actor, issue.id())) {
            throw DomainException.forbidden("cg.error.access.forbidden", issue.key());
        }
        UserSummary user = Lookups.user(directory, username);
        List<AccessPath> paths = new ArrayList<>();
        if (user.key().equals(issue.reporterKey())) {
            paths.add(AccessPath.reporter());
        }
        Map<String, UserSummary> sharers = new HashMap<>();
        for (TicketShare share : shares.ofIssue(issue.id())) {
            if (directory.isMember(share.groupName(), user.username())) {
                paths.add(AccessPath.shared(share));
                if (share.sharedBy() != null && !sharers.containsKey(share.sharedBy())) {
                    directory.userByKey(share.sharedBy()).ifPresent(u -> sharers.put(share.sharedBy(), u));
                }
            }
        }
        customerAdmins.adminPath(user.username(), issue)
                .ifPresent(g -> paths.add(AccessPath.customerAdmin(g.id(), g.name())));
        boolean jiraBrowse = permissions.canBrowseIssue(user.key(), issue.id());
        if (paths.isEmpty() && jiraBrowse) {
            paths.add(AccessPath.jiraPermission());
        }
        // Reporters, shared groups and customer admins reach the ticket through the portal even where Jira's own
        // view refuses them.
        boolean canSee = jiraBrowse || !paths.isEmpty();
        return new AccessExplanation(issue, user, canSee, jiraBrowse, paths, sharers,
                schemes.sharingSetup(issue.projectId()));
    }
}
