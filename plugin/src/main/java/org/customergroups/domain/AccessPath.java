package org.customergroups.domain;

import java.time.Instant;

/**
 * One reason a user can see a ticket. For SHARED_GROUP: the group, who shared it (user key, null = the system),
 * when and how; the other fields are null for the other kinds.
 */
public record AccessPath(AccessPathKind kind, Long groupId, String groupName, String sharedBy, Instant sharedAt,
                         ShareSource source) {

    public static AccessPath reporter() {
        return new AccessPath(AccessPathKind.REPORTER, null, null, null, null, null);
    }

    public static AccessPath jiraPermission() {
        return new AccessPath(AccessPathKind.JIRA_PERMISSION, null, null, null, null, null);
    }

    /** A customer admin: {@code groupId}/{@code groupName} is the customer group they share with the reporter. */
    public static AccessPath customerAdmin(long groupId, String groupName) {
        return new AccessPath(AccessPathKind.CUSTOMER_ADMIN, groupId, groupName, null, null, null);
    }

    public static AccessPath shared(TicketShare share) {
        return new AccessPath(AccessPathKind.SHARED_GROUP, share.groupId(), share.groupName(), share.sharedBy(),
                share.sharedAt(), share.source());
    }
}
