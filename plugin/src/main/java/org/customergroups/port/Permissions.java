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

    /** May edit the issue (Jira: Edit Issues on the issue): who may change its shares. */
    boolean canEditIssue(String userKey, long issueId);

    /**
     * May see the issue (Jira: Browse Projects on the issue, which includes grants to the Customer
     * Groups field and issue security levels).
     */
    boolean canBrowseIssue(String userKey, long issueId);
}
