package com.atlassian.application.api;

/**
 * Declaration of the Atlassian application key ({@code jira-software}, {@code jira-core}, ...), the type
 * {@code ApplicationRoleManager} takes and returns. The plugin never creates one: it only passes on the keys Jira
 * returns from {@code getDefaultApplicationKeys()}, so no member is declared.
 * Unconfirmed for 10.3: kind. Declared {@code final class} as the Jira 7.0.8 javadoc names it only as a parameter
 * and return type ({@code com.atlassian.application.api.ApplicationKey}); a class and an interface link the same way
 * here because the plugin calls no method on it.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/application/DefaultApplicationRoleManager.html">DefaultApplicationRoleManager (Jira 7.0.8), which takes and returns it</a>
 */
public final class ApplicationKey {

    private ApplicationKey() {
    }
}
