package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Declaration of Jira's JQL search service ({@code @PublicApi} interface): parse JQL as a user, and search ignoring
 * the user's permissions ({@code searchOverrideSecurity}; the plugin decides visibility itself). The nested
 * {@code ParseResult} is a class in Jira; only {@code isValid()} and {@code getQuery()} are declared.
 * Checked against: Jira Software's wrapper of this service (JSW 6.x and 10.6.0 javadoc: {@code searchOverrideSecurity},
 * {@code com.atlassian.query.Query}, {@code SearchResults<Issue>}); usage of {@code parseQuery} and
 * {@code searchOverrideSecurity(ApplicationUser, Query, PagerFilter)} in Jira 8-10 plugin code.
 * Unconfirmed for 10.3: no javadoc page of the core service was opened.
 *
 * @see <a href="https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html">JSW 10.6.0 SearchService (wrapper of this service)</a>
 */
public interface SearchService {

    ParseResult parseQuery(ApplicationUser searcher, String query);

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    class ParseResult {

        public boolean isValid() {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
        }
    }
}
