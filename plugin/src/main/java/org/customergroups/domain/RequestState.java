package org.customergroups.domain;

/** Portal filter on a request's status: any, open (status category not Done) or closed (Done). */
public enum RequestState {
    ANY,
    OPEN,
    CLOSED
}
