package org.customergroups.port;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;

import java.time.Instant;
import java.util.Optional;

/** Persistence of customer-group metadata. Names are unique case-insensitively, as in Jira. */
public interface CustomerGroupStore {

    CustomerGroup create(String name, GroupKind kind, String description, String createdBy, Instant createdAt);

    Optional<CustomerGroup> findById(long id);

    /** Exact name, compared case-insensitively. */
    Optional<CustomerGroup> findByName(String name);

    int count();
}
