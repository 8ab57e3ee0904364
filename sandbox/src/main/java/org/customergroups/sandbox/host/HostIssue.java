package org.customergroups.sandbox.host;

import java.time.Instant;

/** A ticket as the host keeps it; {@code reporter} is a username. */
public record HostIssue(String key, String projectKey, String summary, String description, String reporter,
                        String status, Instant created, Instant updated) {
}
