package com.atlassian.plugin;

/**
 * Declaration of an installed plugin (interface). Only {@code getKey()}, used to recognise this plugin in
 * {@code PluginEnabledEvent}.
 * Unconfirmed for 10.3: no javadoc page for Plugin was opened; kind and method follow Atlassian's Jira-10 Slack
 * plugin usage ({@code event.getPlugin().getKey()}, jira-portal-and-admin-recipes.md §6).
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server">atlassian-slack-integration-server (usage, Jira 10.0)</a>
 */
public interface Plugin {

    String getKey();
}
