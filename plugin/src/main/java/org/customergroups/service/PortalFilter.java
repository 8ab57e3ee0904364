package org.customergroups.service;

import org.customergroups.domain.RequestState;

/**
 * The My requests filter: {@code scope} MINE (reported by me), SHARED (shared with any of my groups), ALL
 * (either), or GROUP with {@code groupId} (shared with that one group, which must be one of mine); and a state.
 */
public record PortalFilter(Scope scope, Long groupId, RequestState state) {

    public enum Scope { ALL, MINE, SHARED, GROUP }
}
