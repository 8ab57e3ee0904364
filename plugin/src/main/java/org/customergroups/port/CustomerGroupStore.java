package org.customergroups.port;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of customer-group metadata. Names are unique case-insensitively, as in Jira. */
public interface CustomerGroupStore {

    /** Throws a CONFLICT DomainException when a group of that name (ignoring case) exists. */
    CustomerGroup create(String name, GroupKind kind, String description, GroupSettings settings, String createdBy,
                         Instant createdAt);

    /** Replaces description and settings; empty when no such group. */
    Optional<CustomerGroup> update(long id, String description, GroupSettings settings);

    /** Removes the metadata row (never the Jira group); false when there was none. */
    boolean delete(long id);

    Optional<CustomerGroup> findById(long id);

    /** Exact name, compared case-insensitively. */
    Optional<CustomerGroup> findByName(String name);

    /** The groups with these ids that exist, in no particular order. */
    List<CustomerGroup> findByIds(Collection<Long> ids);

    /**
     * Groups whose name contains {@code query} (ignoring case; null or blank = all): DEFAULT groups first, then
     * the others, each part ordered by name.
     */
    Page<CustomerGroup> search(String query, PageRequest page);

    /**
     * Makes the group DYNAMIC with {@code rule} (its text, already validated), or STATIC again when {@code rule}
     * is null (members are kept). Empty when no such group. Never called for DEFAULT groups.
     */
    Optional<CustomerGroup> setRule(long id, String rule);

    /**
     * Makes the group a DEFAULT group (kind DEFAULT, no rule; description and settings kept): an existing customer
     * group that carries a built-in group's name when the plugin is enabled. Empty when no such group.
     */
    Optional<CustomerGroup> markDefault(long id);

    /** Every group of that kind, ordered by name (bounded by the number of dynamic or default groups). */
    List<CustomerGroup> ofKind(GroupKind kind);

    /** Every group with at least one auto-join e-mail domain, ordered by name. */
    List<CustomerGroup> withAutoJoinDomains();

    int count();
}
