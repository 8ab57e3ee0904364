package org.customergroups.port;

import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Per-project catalogs of customer groups. One row per (project, group). */
public interface CatalogStore {

    /** Adds the group to the project's catalog; false (and no change) when it is already there. */
    boolean add(long projectId, long groupId, boolean autoShare, String addedBy, Instant addedAt);

    /** Removes the group from the project's catalog; false when it was not there. */
    boolean remove(long projectId, long groupId);

    /** Sets Auto-share; empty when the group is not in the project's catalog. */
    Optional<CatalogEntry> setAutoShare(long projectId, long groupId, boolean autoShare);

    Optional<CatalogEntry> find(long projectId, long groupId);

    /** The project's catalog ordered by group name. */
    Page<CatalogEntry> list(long projectId, PageRequest page);

    /** Ids of the projects whose catalog holds the group (bounded by the number of projects). */
    List<Long> projectIdsOf(long groupId);

    /** Removes the group from every catalog (when its metadata is deleted). Returns rows removed. */
    int removeEverywhere(long groupId);

    /** The project's entries with Auto-share on (bounded by the size of the catalog). */
    List<CatalogEntry> autoShared(long projectId);

    /** The project's entries whose group name contains {@code query} (ignoring case; blank = all), by name. */
    Page<CatalogEntry> search(long projectId, String query, PageRequest page);
}
