package com.atlassian.jira.user;

/**
 * Declaration of UserPropertyManager (interface) with <b>no members</b>: it is declared only because it is the return type
 * of a {@code ComponentAccessor} getter listed in jira-api-facts.md §1a (the JVM links that getter by its full
 * descriptor, which names this type). Add members only when the plugin calls them, each checked against javadoc.
 * Unconfirmed for 10.3: kind (interface) not checked; it does not affect the getter's linkage.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/ComponentAccessor.html">https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/ComponentAccessor.html</a>
 */
public interface UserPropertyManager {
}
