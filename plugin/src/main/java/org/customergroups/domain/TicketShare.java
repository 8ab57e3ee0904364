package org.customergroups.domain;

import java.time.Instant;

/**
 * One ticket shared with one customer group. {@code projectId} and {@code reporterKey} are copies of
 * the issue's current values (kept current when the issue moves or its reporter changes), so the
 * cascade "reporter left the group" is one indexed delete. {@code groupName} is copied too: Jira
 * groups cannot be renamed, and deleting the customer group removes its shares.
 * {@code reporterKey} and {@code sharedBy} are Jira user keys; either may be null (no reporter; a
 * share made by the system).
 */
public record TicketShare(long issueId, long projectId, long groupId, String groupName, String reporterKey,
                          ShareSource source, String sharedBy, Instant sharedAt) {
}
