package com.atlassian.jira.issue.customfields;

import java.util.List;

/**
 * Declaration of the marker that makes a custom field type eligible for "Group custom field value" permissions and
 * issue security (interface). In 9.17.0 and 10.2.0 its only method is {@code List<String> getIdentifiersForGroup(String)};
 * the identifiers must match the values the field's indexer writes. (Up to 7.4.3 it had
 * {@code Query getQueryForGroup(String, String)} instead.)
 * Unconfirmed for 10.3: 10.2.0 is the newest javadoc found; 10.3 assumed unchanged.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/GroupSelectorField.html">GroupSelectorField (Jira 10.2.0)</a>
 */
public interface GroupSelectorField {

    List<String> getIdentifiersForGroup(String groupName);
}
