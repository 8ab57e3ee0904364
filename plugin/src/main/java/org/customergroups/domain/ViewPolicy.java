package org.customergroups.domain;

/** Who can see a customer group (its members and settings). Global: shared by every project using it. */
public enum ViewPolicy {
    /** Any signed-in licensed user. */
    EVERYONE,
    /** Jira admins, and the agents and admins of the projects whose catalog holds the group (default). */
    AGENTS_OF_USING_PROJECTS,
    /** Jira admins, and the admins of the projects whose catalog holds the group. */
    ADMINS
}
