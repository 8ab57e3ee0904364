package org.customergroups.sandbox.host;

import java.time.Instant;

/**
 * A ticket as the host keeps it; {@code id} is its row id (0 before it is stored), {@code reporter}
 * a username.
 */
public record HostIssue(long id, String key, String projectKey, String summary, String description, String reporter,
                        String status, Instant created, Instant updated) {
}
