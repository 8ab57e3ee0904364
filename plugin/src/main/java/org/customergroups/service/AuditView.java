package org.customergroups.service;

import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.UserSummary;

/**
 * An audit entry as it is shown: the actor and the concerned user as the directory knows them now, the issue's
 * and project's current keys. Each is null when the entry names none or it no longer exists (the entry keeps the
 * ids and keys it was written with).
 */
public record AuditView(AuditEntry entry, UserSummary actor, UserSummary user, String issueKey, String projectKey) {
}
