package org.customergroups.domain;

import java.util.List;

/**
 * Which requests a portal list shows: those reported by {@code reporterKey} (null = no reporter clause) OR
 * shared with any of {@code groupNames} (the Customer Groups field value; empty = no group clause) OR matching
 * any of {@code adminScopes} (a customer admin's view), in {@code state}. All clauses empty matches nothing.
 */
public record RequestQuery(String reporterKey, List<String> groupNames, List<AdminScope> adminScopes,
                           RequestState state) {

    public RequestQuery {
        groupNames = List.copyOf(groupNames == null ? List.of() : groupNames);
        adminScopes = List.copyOf(adminScopes == null ? List.of() : adminScopes);
        state = state == null ? RequestState.ANY : state;
    }

    /** Without customer-admin clauses. */
    public RequestQuery(String reporterKey, List<String> groupNames, RequestState state) {
        this(reporterKey, groupNames, List.of(), state);
    }

    /**
     * Customer-admin clause: the reporter is a member of {@code groupName} (directly or through nested groups, as
     * the host decides membership) and the request is in one of {@code projectIds} (the projects whose catalog
     * holds the group). No project ids matches nothing.
     */
    public record AdminScope(String groupName, List<Long> projectIds) {

        public AdminScope {
            if (groupName == null || groupName.isBlank()) {
                throw new IllegalArgumentException("groupName");
            }
            projectIds = List.copyOf(projectIds == null ? List.of() : projectIds);
        }
    }
}
