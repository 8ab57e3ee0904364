package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration of Jira's project (interface). Only the members the plugin calls.
 * Unconfirmed for 10.3: no javadoc page read; all five getters per usage in public plugin code
 * ({@code ApplicationUser getProjectLead()} and {@code getName()} in Jira-10-era code, getId/getKey/getLeadUserKey
 * per jira-api-facts.md §1a).
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html">AbstractProjectManager (Jira 7.x "latest"), which returns it</a>
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    String getLeadUserKey();

    ApplicationUser getProjectLead();
}
