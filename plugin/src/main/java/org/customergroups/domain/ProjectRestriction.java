package org.customergroups.domain;

import java.time.Instant;
import java.util.List;

/**
 * A project's Restricted setting: when {@code restricted}, only members of an Authorized Reporters group
 * (and the project's agents) may create tickets through the plugin's form, portal and REST. The list is
 * independent of the project's catalog. {@code authorizedGroupIds} are customer-group ids, ordered by id.
 */
public record ProjectRestriction(long projectId, boolean restricted, List<Long> authorizedGroupIds, String updatedBy,
                                 Instant updatedAt) {

    public ProjectRestriction {
        authorizedGroupIds = List.copyOf(authorizedGroupIds == null ? List.of() : authorizedGroupIds);
    }

    public static ProjectRestriction open(long projectId) {
        return new ProjectRestriction(projectId, false, List.of(), null, null);
    }
}
