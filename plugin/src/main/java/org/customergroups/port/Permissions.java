package org.customergroups.port;

/** The host's permission facts about a user (by Jira user key). */
public interface Permissions {

    boolean isJiraAdmin(String userKey);

    /** Has Jira application access (a standard user or agent, not a reporter account). */
    boolean isLicensed(String userKey);

    /** Administer Projects on the project. */
    boolean isProjectAdmin(String userKey, long projectId);

    /** An agent: may edit the project's issues. */
    boolean isAgent(String userKey, long projectId);
}
