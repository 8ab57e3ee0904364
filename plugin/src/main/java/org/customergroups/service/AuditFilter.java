package org.customergroups.service;

/**
 * A filter over the audit trail as the caller sent it (raw strings, null or blank = any), checked by
 * {@link AuditService}: {@code issueKey}, {@code groupId} (numeric), {@code username} (the actor or the user the
 * change concerned), {@code projectKey}, {@code action} (an {@link org.customergroups.domain.AuditAction} name) and
 * the days {@code from} and {@code to} (yyyy-mm-dd, UTC, both inclusive).
 */
public record AuditFilter(String issueKey, String groupId, String username, String projectKey, String action,
                          String from, String to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    public static AuditFilter ofIssue(String issueKey) {
        return new AuditFilter(issueKey, null, null, null, null, null, null);
    }

    public static AuditFilter ofGroup(long groupId) {
        return new AuditFilter(null, String.valueOf(groupId), null, null, null, null, null);
    }
}
