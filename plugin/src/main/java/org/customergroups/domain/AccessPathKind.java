package org.customergroups.domain;

/**
 * Why a user can see a ticket: they reported it, it is shared with a group they are in, they are a customer admin of
 * the reporter's group, or Jira grants it otherwise.
 */
public enum AccessPathKind {
    REPORTER,
    SHARED_GROUP,
    /** A member of Customer Admins who shares a (non-default) catalog group of the project with the reporter. */
    CUSTOMER_ADMIN,
    JIRA_PERMISSION
}
