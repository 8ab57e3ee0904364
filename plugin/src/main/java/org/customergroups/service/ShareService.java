package org.customergroups.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.Issues;
import org.customergroups.port.Permissions;
import org.customergroups.port.ShareStore;

/**
 * What agents do with an issue's shares: list them, share with a group of the project's catalog, unshare.
 * <ul>
 *   <li>Whoever may browse the issue sees its shares; an unknown issue and one the actor cannot browse are the
 *       same 404, so that nobody learns which issues exist.</li>
 *   <li>Only users who may edit the issue (agents) change its shares or ask for the groups it could be shared
 *       with (403 for the others who can see it).</li>
 *   <li>Only groups in the issue's project catalog can be added. A group removed from the catalog later keeps
 *       its shares, so unsharing does not ask the catalog.</li>
 * </ul>
 * Every change the store made reindexes the issue, after the store's own transaction returned, and is written to
 * the audit trail; a new share also tells {@link ShareNotices} (the members' notification mail).
 */
public final class ShareService {

    private final ShareStore shares;
    private final CatalogStore catalog;
    private final CustomerGroupStore groups;
    private final Issues issues;
    private final IssueIndex index;
    private final Directory directory;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ShareNotices notices;
    private final Clock clock;

    public ShareService(ShareStore shares, CatalogStore catalog, CustomerGroupStore groups, Issues issues,
                        IssueIndex index, Directory directory, Permissions permissions, AuditTrail audit,
                        ShareNotices notices, Clock clock) {
        this.shares = shares;
        this.catalog = catalog;
        this.groups = groups;
        this.issues = issues;
        this.index = index;
        this.directory = directory;
        this.permissions = permissions;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** The issue's shares ordered by group name, and whether the actor may change them. */
    public IssueShares list(String actor, String issueKey) {
        IssueRef issue = visibleIssue(actor, issueKey);
        Map<String, Optional<UserSummary>> users = new HashMap<>();
        List<ShareView> views = shares.ofIssue(issue.id()).stream()
                .map(s -> new ShareView(s, sharedBy(s, users)))
                .toList();
        return new IssueShares(issue, permissions.canEditIssue(actor, issue.id()), views);
    }

    /**
     * Shares the issue with a group of its project's catalog, named by exactly one of {@code groupId} and
     * {@code groupName} (exact name, ignoring case). Idempotent: sharing again answers the existing share with
     * {@code created} false.
     */
    public ShareChange share(String actor, String issueKey, Long groupId, String groupName) {
        IssueRef issue = editableIssue(actor, issueKey);
        CustomerGroup group = catalogGroup(issue, groupId, groupName);
        TicketShare wanted = new TicketShare(issue.id(), issue.projectId(), group.id(), group.name(),
                issue.reporterKey(), ShareSource.AGENT, actor, clock.instant());
        boolean created = shares.add(wanted);
        if (created) {
            index.reindex(List.of(issue.id()));
            audit.record(entry(AuditAction.SHARE_ADDED, actor, issue, group.id(), group.name()));
            notices.shared(issue.id(), actor, List.of(group.id()));
        }
        // The stored row: on a repeated share it is the first one (maybe AUTO, by someone else).
        TicketShare share = shares.find(issue.id(), group.id()).orElse(wanted);
        return new ShareChange(new ShareView(share, sharedBy(share, new HashMap<>())), created);
    }

    /** Removes the group from the issue's shares; 404 when the issue is not shared with it. */
    public void unshare(String actor, String issueKey, long groupId) {
        IssueRef issue = editableIssue(actor, issueKey);
        // Read first for the trail: the share's copied group name still reads after the group is deleted.
        Optional<TicketShare> existing = shares.find(issue.id(), groupId);
        if (!shares.remove(issue.id(), groupId)) {
            throw DomainException.notFound("cg.error.share.not.shared", issue.key(), groupId);
        }
        index.reindex(List.of(issue.id()));
        audit.record(entry(AuditAction.SHARE_REMOVED, actor, issue, groupId,
                existing.map(TicketShare::groupName).orElse(null)));
    }

    private AuditEntry entry(AuditAction action, String actor, IssueRef issue, long groupId, String groupName) {
        return AuditEntry.of(action, AuditCause.MANUAL, actor, clock.instant())
                .project(issue.projectId()).issue(issue.id()).group(groupId, groupName).build();
    }

    /**
     * The groups of the issue's project catalog whose name contains {@code query} (ignoring case; blank = all),
     * by name, each saying whether the issue is already shared with it. For those who may change the shares.
     */
    public Page<ShareCandidate> candidates(String actor, String issueKey, String query, PageRequest page) {
        IssueRef issue = editableIssue(actor, issueKey);
        Page<CatalogEntry> entries = catalog.search(issue.projectId(), query, page);
        Map<Long, CustomerGroup> byId = groups.findByIds(entries.values().stream().map(CatalogEntry::groupId).toList())
                .stream().collect(Collectors.toMap(CustomerGroup::id, Function.identity()));
        Set<Long> shared = shares.ofIssue(issue.id()).stream().map(TicketShare::groupId).collect(Collectors.toSet());
        List<ShareCandidate> values = new ArrayList<>();
        for (CatalogEntry e : entries.values()) {
            CustomerGroup g = byId.get(e.groupId());
            if (g != null) {
                values.add(new ShareCandidate(g, shared.contains(g.id())));
            }
        }
        return new Page<>(entries.start(), entries.limit(), entries.total(), values);
    }

    private IssueRef visibleIssue(String actor, String issueKey) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        return Lookups.issue(issues, permissions, actor, issueKey);
    }

    private IssueRef editableIssue(String actor, String issueKey) {
        IssueRef issue = visibleIssue(actor, issueKey);
        if (!permissions.canEditIssue(actor, issue.id())) {
            throw DomainException.forbidden("cg.error.share.edit.forbidden", issue.key());
        }
        return issue;
    }

    /**
     * The group named by exactly one of id and name, if it is in the issue's project catalog. An unknown group and
     * one outside the catalog are the same 404: the agent learns nothing about other projects' groups.
     */
    private CustomerGroup catalogGroup(IssueRef issue, Long groupId, String groupName) {
        String name = groupName == null ? null : groupName.strip();
        if (groupId != null && name != null) {
            throw DomainException.invalid(null, "cg.error.share.group.either");
        }
        if (groupId == null && name == null) {
            throw DomainException.invalid(null, "cg.error.share.group.required");
        }
        if (groupId == null && name.isEmpty()) {
            throw DomainException.invalid("group", "cg.error.share.group.required");
        }
        Optional<CustomerGroup> group = groupId != null ? groups.findById(groupId) : groups.findByName(name);
        return group.filter(g -> catalog.find(issue.projectId(), g.id()).isPresent())
                .orElseThrow(() -> groupId != null
                        ? DomainException.notFound("cg.error.share.group.id.not.in.catalog", groupId, issue.projectKey())
                        : DomainException.notFound("cg.error.share.group.name.not.in.catalog", name,
                                issue.projectKey()));
    }

    private UserSummary sharedBy(TicketShare share, Map<String, Optional<UserSummary>> users) {
        if (share.sharedBy() == null) {
            return null;
        }
        return users.computeIfAbsent(share.sharedBy(), directory::userByKey).orElse(null);
    }
}
