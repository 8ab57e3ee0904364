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
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.Issues;
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
    private final Issues issues;
    private final AuditTrail audit;
    private final Clock clock;

    public ShareCascade(ShareStore shares, CustomerGroupStore groups, Directory directory, IssueIndex index,
                        Issues issues, AuditTrail audit, Clock clock) {
        this.shares = shares;
        this.groups = groups;
        this.directory = directory;
        this.index = index;
        this.issues = issues;
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
        List<Long> touched = shares.removeForReporters(group.get().id(), reporterKeys);
        reindex(touched);
        record(touched, AuditCause.CASCADE, actorKey, group.get().id(), group.get().name(), reporterKeys);
        return touched.size();
    }

    /**
     * The customer group is being deleted: all its shares go, each recorded as SHARE_REMOVED with cause
     * GROUP_DELETED. Returns the number of issues touched.
     */
    public int onGroupDeleted(long groupId, String actorKey) {
        // Read before the shares go: the mark is removed after them (see GroupService.delete).
        String groupName = groups.findById(groupId).map(CustomerGroup::name).orElse(null);
        List<Long> touched = shares.removeGroup(groupId);
        reindex(touched);
        record(touched, AuditCause.GROUP_DELETED, actorKey, groupId, groupName, Set.of());
        return touched.size();
    }

    private void reindex(List<Long> issueIds) {
        if (!issueIds.isEmpty()) {
            index.reindex(issueIds);
        }
    }

    /**
     * One entry per touched issue. The store answers issue ids only, so the issue's project and reporter come from
     * the host (an issue deleted meanwhile keeps them null, except the reporter when only one left).
     */
    private void record(List<Long> issueIds, AuditCause cause, String actorKey, long groupId, String groupName,
                        Set<String> reporterKeys) {
        if (issueIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String onlyReporter = reporterKeys.size() == 1 ? reporterKeys.iterator().next() : null;
        List<AuditEntry> entries = new ArrayList<>(issueIds.size());
        for (long issueId : issueIds) {
            AuditEntry.Builder e = AuditEntry.of(AuditAction.SHARE_REMOVED, cause, actorKey, now)
                    .issue(issueId).group(groupId, groupName);
            Optional<IssueRef> issue = issues.byId(issueId);
            issue.ifPresent(i -> e.project(i.projectId()));
            String reporter = issue.map(IssueRef::reporterKey).filter(reporterKeys::contains).orElse(onlyReporter);
            if (reporter != null) {
                e.user(reporter);
            }
            entries.add(e.build());
        }
        audit.recordAll(entries);
    }
}
