package org.customergroups.domain;

import java.util.List;

/**
 * Which requests a portal list shows: those reported by {@code reporterKey} (null = no reporter clause) OR
 * shared with any of {@code groupNames} (the Customer Groups field value; empty = no group clause), in
 * {@code state}. Both clauses empty matches nothing.
 */
public record RequestQuery(String reporterKey, List<String> groupNames, RequestState state) {

    public RequestQuery {
        groupNames = List.copyOf(groupNames == null ? List.of() : groupNames);
        state = state == null ? RequestState.ANY : state;
    }
}
