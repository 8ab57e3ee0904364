package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Declaration of Jira's authentication context ({@code @PublicApi} interface): the current user of this thread.
 * {@code getI18nHelper()} is in the DAC javadoc; {@code getLoggedInUser()}, {@code isLoggedInUser()} per usage in
 * Jira-10 plugins; {@code void setLoggedInUser(ApplicationUser)} per usage in public code (a Jira test and plugins).
 * Restore the previous user in {@code finally} after {@code setLoggedInUser}.
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html">JiraAuthenticationContext (DAC javadoc)</a>
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    I18nHelper getI18nHelper();

    void setLoggedInUser(ApplicationUser user);
}
