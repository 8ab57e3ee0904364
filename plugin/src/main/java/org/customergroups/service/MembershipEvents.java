package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.port.AuditStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Membership changes the host reports (in Jira: Crowd's membership events), recorded as MEMBER_ADDED or
 * MEMBER_REMOVED with cause DIRECTORY: someone changed a customer group's members in Jira's user management, or a
 * directory synchronisation did, outside the plugin. Called from host events; no permission check here (the host
 * already made the change).
 */
public final class MembershipEvents {

    /**
     * How long after the plugin's own change (its MANUAL entry) a report of the same change is taken for the host's
     * echo of it. Jira reports the plugin's own additions and removals as well, on the same thread or a little later.
     */
    static final Duration ECHO_WINDOW = Duration.ofMinutes(2);

    private final CustomerGroupStore groups;
    private final Directory directory;
    private final AuditStore auditStore;
    private final AuditTrail audit;
    private final OwnMembershipChanges ownChanges;
    private final CustomerAdminReindex adminReindex;
    private final Clock clock;

    public MembershipEvents(CustomerGroupStore groups, Directory directory, AuditStore auditStore, AuditTrail audit,
                            OwnMembershipChanges ownChanges, CustomerAdminReindex adminReindex, Clock clock) {
        this.groups = groups;
        this.directory = directory;
        this.auditStore = auditStore;
        this.audit = audit;
        this.ownChanges = ownChanges;
        this.adminReindex = adminReindex;
        this.clock = clock;
    }

    /**
     * Users joined ({@code joined}) or left the host group {@code groupName}; {@code actorKey} is who did it (null =
     * the system, e.g. a directory synchronisation). Nothing happens unless the group is a customer group; usernames
     * the directory does not know (any more) are skipped, and so are the plugin's own changes (see
     * {@link #madeByThePlugin}). Writes one entry per user, all in one write, and returns how many. For Customer
     * Admins, the recorded users' customer-admin tickets are reindexed ({@link CustomerAdminReindex}).
     */
    public int onDirectoryChange(String groupName, Collection<String> usernames, boolean joined, String actorKey) {
        if (groupName == null || usernames == null || usernames.isEmpty()) {
            return 0;
        }
        Optional<CustomerGroup> found = groups.findByName(groupName);
        if (found.isEmpty()) {
            return 0;
        }
        CustomerGroup group = found.get();
        Map<String, String> userKeys = new LinkedHashMap<>();
        for (String username : usernames) {
            if (username != null && !username.isBlank()) {
                directory.userByName(username).ifPresent(u -> userKeys.putIfAbsent(u.key(), u.username()));
            }
        }
        AuditAction action = joined ? AuditAction.MEMBER_ADDED : AuditAction.MEMBER_REMOVED;
        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>(userKeys.size());
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> user : userKeys.entrySet()) {
            if (!madeByThePlugin(group.id(), user.getKey(), joined, action, now.minus(ECHO_WINDOW))) {
                entries.add(AuditEntry.of(action, AuditCause.DIRECTORY, actorKey, now)
                        .group(group.id(), group.name()).user(user.getKey()).build());
                changed.add(user.getValue());
            }
        }
        audit.recordAll(entries);
        // The plugin's own changes reindex in MembershipService; these came from Jira's user management.
        if (!changed.isEmpty() && MembershipService.isCustomerAdmins(group)) {
            adminReindex.onCustomerAdminsChanged(changed);
        }
        return entries.size();
    }

    /**
     * The plugin's own MembershipService add/remove makes the host fire the same event: while the plugin is still at
     * it (same thread, its entry not yet written), or later, when its MANUAL entry of the same action for this group
     * and user is in the trail. Only recent entries count (an indexed range of the group's entries); an older one
     * was an earlier change, not this one. Read newest first: a DIRECTORY entry of this membership after the MANUAL
     * one means the host changed it since (e.g. removed and added again in Jira's user management), so this report
     * is a new change too. A later MANUAL entry of the other action does not: its echo may come first.
     */
    private boolean madeByThePlugin(long groupId, String userKey, boolean joined, AuditAction action, Instant since) {
        if (ownChanges.inProgress(groupId, userKey, joined)) {
            return true;
        }
        // userKey matches the actor too (a lead adding others), so the rows are checked for the user concerned.
        AuditQuery query = new AuditQuery(null, null, groupId, userKey, null, since, null);
        for (int start = 0; ; start += PageRequest.MAX_LIMIT) {
            Page<AuditEntry> page = auditStore.find(query, new PageRequest(start, PageRequest.MAX_LIMIT));
            for (AuditEntry e : page.values()) {
                boolean membership = e.action() == AuditAction.MEMBER_ADDED
                        || e.action() == AuditAction.MEMBER_REMOVED;
                if (!membership || !userKey.equals(e.userKey())) {
                    continue;
                }
                if (e.cause() == AuditCause.DIRECTORY) {
                    return false;
                }
                if (e.cause() == AuditCause.MANUAL && e.action() == action) {
                    return true;
                }
            }
            if (page.values().size() < PageRequest.MAX_LIMIT || start + PageRequest.MAX_LIMIT >= page.total()) {
                return false;
            }
        }
    }
}
