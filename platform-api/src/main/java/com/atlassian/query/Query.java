package com.atlassian.query;

/**
 * Declaration of Jira's parsed JQL query (interface, no members: the plugin only passes it on). Named as a
 * parameter type in Jira Software 10.6's SearchService javadoc ({@code com.atlassian.query.Query}).
 *
 * @see <a href="https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html">JSW 10.6.0 SearchService</a>
 */
public interface Query {
}
