package org.customergroups.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.customergroups.domain.TicketShare;

/** The tickets shared with customer groups: the single source of truth of the Customer Groups field. */
public interface ShareStore {

    /**
     * Adds the share; false (and no change) when the issue is already shared with the group, also
     * when a concurrent request added it at the same moment.
     */
    boolean add(TicketShare share);

    /** Removes the share; false when the issue was not shared with the group. */
    boolean remove(long issueId, long groupId);

    Optional<TicketShare> find(long issueId, long groupId);

    /** The issue's shares ordered by group name (bounded by the size of a catalog). */
    List<TicketShare> ofIssue(long issueId);

    /** Names of the groups the issue is shared with, ordered by name: the field value, one indexed query. */
    List<String> groupNamesOf(long issueId);

    /**
     * The cascade: removes the group from every issue whose reporter is one of {@code reporterKeys}.
     * Set-based (no per-issue round trips; one delete per batch of reporters) and one transaction.
     * Returns the removed shares ordered by issue id, so that exactly those issues are reindexed and audited.
     */
    List<TicketShare> removeForReporters(long groupId, Collection<String> reporterKeys);

    /** Removes every share of the group (the customer group was deleted); returns the removed shares by issue id. */
    List<TicketShare> removeGroup(long groupId);

    /** How many tickets are shared with the group. */
    int countOfGroup(long groupId);

    /** Removes the issue's shares (the issue was deleted); returns rows removed. */
    int removeIssue(long issueId);

    /** Keeps the copied project and reporter of the issue's shares current; returns rows changed. */
    int updateIssue(long issueId, long projectId, String reporterKey);
}
