package com.atlassian.jira.issue.customfields.searchers.transformer;

/**
 * Declaration of Jira's custom field input helper (interface) with <b>no members</b>: it is only a parameter type of
 * {@link com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher}'s constructor, which the descriptor lint
 * reads. The plugin never calls it. Package per ExactTextSearcher's Jira 6.x source imports.
 * Unconfirmed for 10.3: kind and package not re-checked in 10.x.
 *
 * @see <a href="https://github.com/alanmosely/jira-watcher-field-plugin">jira-watcher-field-plugin (Jira 10.3.0), which uses ExactTextSearcher</a>
 */
public interface CustomFieldInputHelper {
}
