package org.customergroups.port;

import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;

import java.time.Instant;
import java.util.List;

/** The audit trail: append-only rows, read newest first. */
public interface AuditStore {
    /** Appends the entries (ids ignored) in one transaction; before/after longer than the limit are cut. */
    void add(List<AuditEntry> entries);

    /** Entries matching the query, newest first (time, then id, descending). */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);

    /**
     * For exports: up to {@code limit} entries matching the query with an id below {@code beforeId}, by id
     * descending, i.e. latest written first (keyset paging, so a long export does not slow down page by page).
     * {@code Long.MAX_VALUE} starts at the latest.
     */
    List<AuditEntry> chunk(AuditQuery query, long beforeId, int limit);

    /** Deletes entries older than {@code cutoff}, in batches; returns how many. */
    int purgeBefore(Instant cutoff);
}
