package org.customergroups.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.TicketShare;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.ShareStore;

/**
 * Shares that end because of something outside the issue: reporters leaving a customer group, and the customer
 * group being deleted. One set-based store call each (never a scan of issues), then a reindex of exactly the
 * issues that lost a share, and one audit write for all of them. Called from host events and from
 * {@link GroupService}; no permission check here.
 */
public final class ShareCascade {

    private final ShareStore shares;
    private final CustomerGroupStore groups;
    private final Directory directory;
    private final IssueIndex index;
    private final AuditTrail audit;
    private final Clock clock;

    public ShareCascade(ShareStore shares, CustomerGroupStore groups, Directory directory, IssueIndex index,
                        AuditTrail audit, Clock clock) {
        this.shares = shares;
        this.groups = groups;
        this.directory = directory;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Users left a host group: the group is removed from every issue these users reported; issues of other
     * reporters keep it. Nothing happens unless the group is a customer group. Usernames the directory does not
     * know (any more) are skipped. Each issue that lost the share gets a SHARE_REMOVED entry (cause CASCADE) naming
     * the reporter who left; {@code actorKey} (null = the system) is who removed them. Returns the number of issues
     * that lost the share.
     */
    public int onMembershipsEnded(String groupName, Collection<String> usernames, String actorKey) {
        if (groupName == null || usernames == null || usernames.isEmpty()) {
            return 0;
        }
        Optional<CustomerGroup> group = groups.findByName(groupName);
        if (group.isEmpty()) {
            return 0;
        }
        Set<String> reporterKeys = new LinkedHashSet<>();
        for (String username : usernames) {
            if (username != null && !username.isBlank()) {
                directory.userByName(username).map(UserSummary::key).ifPresent(reporterKeys::add);
            }
        }
        if (reporterKeys.isEmpty()) {
            return 0;
        }
        List<TicketShare> removed = shares.removeForReporters(group.get().id(), reporterKeys);
        reindex(removed);
        record(removed, AuditCause.CASCADE, actorKey);
        return removed.size();
    }

    /**
     * The customer group is being deleted: all its shares go, each recorded as SHARE_REMOVED with cause
     * GROUP_DELETED. Returns the number of issues touched.
     */
    public int onGroupDeleted(long groupId, String actorKey) {
        List<TicketShare> removed = shares.removeGroup(groupId);
        reindex(removed);
        record(removed, AuditCause.GROUP_DELETED, actorKey);
        return removed.size();
    }

    private void reindex(List<TicketShare> removed) {
        if (!removed.isEmpty()) {
            index.reindex(removed.stream().map(TicketShare::issueId).toList());
        }
    }

    /** One entry per removed share; the rows carry project, group name and reporter, so no lookups are needed. */
    private void record(List<TicketShare> removed, AuditCause cause, String actorKey) {
        if (removed.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>(removed.size());
        for (TicketShare share : removed) {
            AuditEntry.Builder e = AuditEntry.of(AuditAction.SHARE_REMOVED, cause, actorKey, now)
                    .project(share.projectId()).issue(share.issueId()).group(share.groupId(), share.groupName());
            if (cause == AuditCause.CASCADE && share.reporterKey() != null) {
                e.user(share.reporterKey()); // the reporter whose leaving took the group off
            }
            entries.add(e.build());
        }
        audit.recordAll(entries);
    }
}
