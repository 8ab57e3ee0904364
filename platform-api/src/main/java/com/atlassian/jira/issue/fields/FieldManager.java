package com.atlassian.jira.issue.fields;

/**
 * Declaration of FieldManager (interface) with <b>no members</b>: it is declared only because it is the return type
 * of a {@code ComponentAccessor} getter listed in jira-api-facts.md §1a (the JVM links that getter by its full
 * descriptor, which names this type). Add members only when the plugin calls them, each checked against javadoc.
 * Unconfirmed for 10.3: kind (interface) not checked; it does not affect the getter's linkage.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/6.4.5/com/atlassian/jira/ManagerFactory.html">https://docs.atlassian.com/software/jira/docs/api/6.4.5/com/atlassian/jira/ManagerFactory.html</a>
 */
public interface FieldManager {
}
