package org.customergroups.domain;

/** The kinds of failure a use case reports; the REST edge maps each to one HTTP status. */
public enum ProblemKind {
    INVALID,
    NOT_AUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT
}
