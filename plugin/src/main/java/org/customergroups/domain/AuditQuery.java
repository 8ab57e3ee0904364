package org.customergroups.domain;

import java.time.Instant;

/**
 * A filter over the audit trail; every part is optional (null = any). {@code userKey} matches the actor or the
 * user the change concerned. {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(Long projectId, Long issueId, Long groupId, String userKey, AuditAction action,
                         Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    public static AuditQuery ofIssue(long issueId) {
        return new AuditQuery(null, issueId, null, null, null, null, null);
    }

    public static AuditQuery ofGroup(long groupId) {
        return new AuditQuery(null, null, groupId, null, null, null, null);
    }
}
