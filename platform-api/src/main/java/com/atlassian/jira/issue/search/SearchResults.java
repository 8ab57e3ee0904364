package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Declaration of Jira's search results (class, generic since Jira 8): one page of results and the total number of
 * matches. Behaviour-free: tests mock it. Checked against: JSW 10.6.0 javadoc naming
 * {@code com.atlassian.jira.issue.search.SearchResults<com.atlassian.jira.issue.Issue>}; {@code getResults()} and
 * {@code int getTotal()} by usage in Jira 8-10 plugin code. Unconfirmed for 10.3: the two getters.
 *
 * @see <a href="https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html">JSW 10.6.0 SearchService</a>
 */
public class SearchResults<T> {

    private SearchResults() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public List<T> getResults() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
