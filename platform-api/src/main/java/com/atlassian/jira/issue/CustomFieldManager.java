package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Declaration of Jira's custom field manager (interface). Only the two lookups the plugin calls:
 * by id string ({@code "customfield_10000"}) and by numeric id.
 * Unconfirmed for 10.3: both overloads confirmed by usage in public code only (String form per Jira 6.x source,
 * Long form per plugin code); no javadoc page read.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/6.4.5/com/atlassian/jira/ManagerFactory.html">ManagerFactory (Jira 6.4.5), which returns it</a>
 */
public interface CustomFieldManager {

    CustomField getCustomFieldObject(String id);

    CustomField getCustomFieldObject(Long id);
}
