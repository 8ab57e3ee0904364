package org.customergroups.domain;

/** The ticket events that mail the subscribed members of the ticket's customer groups. */
public enum NoticeKind {
    CREATED,
    COMMENTED,
    STATUS_CHANGED,
    SHARED
}
