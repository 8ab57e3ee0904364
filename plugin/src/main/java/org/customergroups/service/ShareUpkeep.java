package org.customergroups.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.TicketShare;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.Issues;
import org.customergroups.port.ShareStore;

/**
 * Keeps shares in step with their issues: a share copies its issue's project and reporter (so that the cascade
 * "reporter left the group" is one indexed delete), and goes with the issue. Called from host issue events.
 */
public final class ShareUpkeep {

    private final ShareStore shares;
    private final Issues issues;
    private final IssueIndex index;
    private final AuditTrail audit;
    private final Clock clock;

    public ShareUpkeep(ShareStore shares, Issues issues, IssueIndex index, AuditTrail audit, Clock clock) {
        this.shares = shares;
        this.issues = issues;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The issue was updated or moved: its shares take its current project and reporter. Like every other change
     * of share rows, one that changed anything reindexes the issue. An issue that no longer exists is ignored
     * (its deleted event removes the shares). Not audited: no share is added or removed.
     */
    public void onIssueUpdated(long issueId) {
        issues.byId(issueId).ifPresent(issue -> {
            if (shares.updateIssue(issue.id(), issue.projectId(), issue.reporterKey()) > 0) {
                index.reindex(List.of(issue.id()));
            }
        });
    }

    /**
     * The issue was deleted: its shares go too (nothing to reindex: the host removed the issue's document). Each
     * removed share is recorded as SHARE_REMOVED with cause ISSUE_DELETED, done by {@code actorKey} (who deleted
     * the issue; null = the system).
     */
    public void onIssueDeleted(long issueId, String actorKey) {
        // Read first: the store answers only how many rows went, the trail wants each group.
        List<TicketShare> before = shares.ofIssue(issueId);
        if (shares.removeIssue(issueId) == 0) {
            return;
        }
        Instant now = clock.instant();
        audit.recordAll(before.isEmpty()
                ? List.of(AuditEntry.of(AuditAction.SHARE_REMOVED, AuditCause.ISSUE_DELETED, actorKey, now)
                        .issue(issueId).build())
                : before.stream()
                        .map(s -> AuditEntry.of(AuditAction.SHARE_REMOVED, AuditCause.ISSUE_DELETED, actorKey, now)
                                .project(s.projectId()).issue(issueId).group(s.groupId(), s.groupName()).build())
                        .toList());
    }
}
