package org.customergroups.domain;

/** Why a user can see a ticket: they reported it, it is shared with a group they are in, or Jira grants it otherwise. */
public enum AccessPathKind {
    REPORTER,
    SHARED_GROUP,
    JIRA_PERMISSION
}
