package org.customergroups.service;

import org.customergroups.domain.AuditEntry;
import org.customergroups.port.AuditStore;

import java.util.List;

/**
 * Where every mutating use case writes what it did, after the change succeeded. Writing is not permission-checked
 * (the use case already checked); reading the trail is {@link AuditService}'s job.
 */
public final class AuditTrail {

    private final AuditStore store;

    public AuditTrail(AuditStore store) {
        this.store = store;
    }

    public void record(AuditEntry entry) {
        store.add(List.of(entry));
    }

    /** Several entries of one change (e.g. a cascade that removed a group from many tickets), in one write. */
    public void recordAll(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            store.add(entries);
        }
    }
}
