package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * Declaration of Jira's user search service (interface), the search behind Jira's user pickers: matches the query
 * against username, display name and (with {@code canMatchEmail}) e-mail, and returns at most
 * {@code UserSearchParams.maxResults} users. Only {@code List<ApplicationUser> findUsers(String, UserSearchParams)}.
 * Unconfirmed for 10.3: signature per usage in public plugin code and scripts (e.g.
 * {@code userSearchService.findUsers(query.trim(), params)} assigned to {@code List<ApplicationUser>}); no javadoc
 * page of the service itself was opened.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html">UserSearchParams (jira/server), its parameter</a>
 */
public interface UserSearchService {

    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
