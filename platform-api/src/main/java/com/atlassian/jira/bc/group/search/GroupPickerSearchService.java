package com.atlassian.jira.bc.group.search;

import com.atlassian.crowd.embedded.api.Group;

import java.util.List;

/**
 * Declaration of Jira's group picker search (interface), the search behind Jira's group picker: every group whose
 * name matches the query ({@code ""} = all groups). Only {@code List<Group> findGroups(String)}.
 * Unconfirmed for 10.3: signature per usage in public plugin code (Jira's own GroupPickerResource tests, Black Duck
 * and other plugins assign it to {@code List<Group>} / {@code Collection<Group>}); no javadoc page opened.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/group/search/GroupPickerSearchService.html">GroupPickerSearchService (Jira 7.x "latest"; not opened)</a>
 */
public interface GroupPickerSearchService {

    List<Group> findGroups(String query);
}
