package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Declaration of the web-fragment display condition (interface).
 * Unconfirmed for 10.3: no javadoc page was opened; signatures per jira-api-facts.md §1f (usage in a Jira 9.12 plugin, [C3]).
 *
 * @see <a href="https://github.com/alanmosely/basic-jira-development-panels">basic-jira-development-panels (usage, Jira 9.12)</a>
 */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
