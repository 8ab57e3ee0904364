package org.customergroups.port;

import org.customergroups.domain.ProjectRestriction;

import java.util.List;
import java.util.Optional;

/** Per-project Restricted flag and Authorized Reporters groups. */
public interface RestrictionStore {

    /** Empty when the project never saved one (callers use {@link ProjectRestriction#open}). */
    Optional<ProjectRestriction> find(long projectId);

    /** Inserts or replaces the flag and the whole list, in one transaction; returns what was stored. */
    ProjectRestriction put(ProjectRestriction restriction);

    /** Removes the group from every project's list (the customer group was deleted); returns the projects touched. */
    List<Long> removeGroupEverywhere(long groupId);
}
