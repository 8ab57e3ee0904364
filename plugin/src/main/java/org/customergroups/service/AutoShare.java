package org.customergroups.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.Issues;
import org.customergroups.port.ShareStore;

/**
 * Auto-share: a new issue is shared with every group of its project's catalog that has Auto-share on and that
 * its reporter is a member of. Called from the host's issue-created event, whatever path created the issue; no
 * permission check (the host already let the issue be created).
 */
public final class AutoShare {

    private final ShareStore shares;
    private final CatalogStore catalog;
    private final CustomerGroupStore groups;
    private final Issues issues;
    private final IssueIndex index;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    public AutoShare(ShareStore shares, CatalogStore catalog, CustomerGroupStore groups, Issues issues,
                     IssueIndex index, Directory directory, AuditTrail audit, Clock clock) {
        this.shares = shares;
        this.catalog = catalog;
        this.groups = groups;
        this.issues = issues;
        this.index = index;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Shares the issue (source AUTO, {@code sharedBy} = {@code actorKey}, which may be null) and returns the shares
     * this call added, by group name. Idempotent: a second call adds nothing. An unknown issue or one without a
     * reporter gets no shares. Reindexes the issue once when anything was added, and records each added share.
     */
    public List<TicketShare> onIssueCreated(long issueId, String actorKey) {
        Optional<IssueRef> found = issues.byId(issueId);
        if (found.isEmpty() || found.get().reporterUsername() == null) {
            return List.of();
        }
        IssueRef issue = found.get();
        List<CatalogEntry> auto = catalog.autoShared(issue.projectId());
        if (auto.isEmpty()) {
            return List.of();
        }
        List<CustomerGroup> candidates = groups.findByIds(auto.stream().map(CatalogEntry::groupId).toList()).stream()
                .sorted(Comparator.comparing((CustomerGroup g) -> g.name().toLowerCase(Locale.ROOT)))
                .toList();
        Instant now = clock.instant();
        List<TicketShare> added = new ArrayList<>();
        for (CustomerGroup g : candidates) {
            if (directory.isMember(g.name(), issue.reporterUsername())) {
                TicketShare share = new TicketShare(issue.id(), issue.projectId(), g.id(), g.name(),
                        issue.reporterKey(), ShareSource.AUTO, actorKey, now);
                if (shares.add(share)) {
                    added.add(share);
                }
            }
        }
        if (!added.isEmpty()) {
            index.reindex(List.of(issue.id()));
            audit.recordAll(added.stream()
                    .map(s -> AuditEntry.of(AuditAction.SHARE_ADDED, AuditCause.AUTO_SHARE, actorKey, now)
                            .project(s.projectId()).issue(s.issueId()).group(s.groupId(), s.groupName()).build())
                    .toList());
        }
        return List.copyOf(added);
    }
}
