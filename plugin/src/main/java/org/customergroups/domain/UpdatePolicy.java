package org.customergroups.domain;

/** Who can change a customer group's members and global settings. */
public enum UpdatePolicy {
    /** Jira admins only. */
    JIRA_ADMINS,
    /** Jira admins, and the admins of the projects whose catalog holds the group (default). */
    PROJECT_ADMINS_OF_USING_PROJECTS
}
