package com.atlassian.jira.web;

/**
 * Declaration of Jira's field visibility manager (interface) with <b>no members</b>: the plugin only passes it to
 * {@code AbstractCustomFieldIndexer}'s constructor. Package confirmed by the 10.3 ExactTextSearcher constructor
 * {@code (JqlOperandResolver, CustomFieldInputHelper, FieldVisibilityManager)} (jira-api-facts.md §1b, [C2]).
 * Unconfirmed for 10.3: kind not checked against javadoc.
 *
 * @see <a href="https://github.com/alanmosely/jira-watcher-field-plugin">jira-watcher-field-plugin (Jira 10.3.0 usage)</a>
 */
public interface FieldVisibilityManager {
}
