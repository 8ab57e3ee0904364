package org.customergroups.domain;

import java.time.Instant;

/** A customer group in a project's catalog, with the project-specific Auto-share switch. */
public record CatalogEntry(long projectId, long groupId, boolean autoShare, String addedBy, Instant addedAt) {
}
