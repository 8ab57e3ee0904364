package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.List;

/**
 * Declaration of Jira's custom field manager ({@code @PublicApi} interface). Only the lookup the plugin calls:
 * {@code List<CustomField> getCustomFieldObjects()} ("Returns all custom fields"), in the Jira 7.2.0 javadoc method
 * table.
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html">CustomFieldManager (Jira 7.2.0)</a>
 */
public interface CustomFieldManager {

    List<CustomField> getCustomFieldObjects();
}
