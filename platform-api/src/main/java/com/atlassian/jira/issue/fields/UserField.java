package com.atlassian.jira.issue.fields;

/**
 * Declaration of Jira's marker for user fields (interface, no members; "for custom fields, the custom field type needs
 * to be marked by this interface"; implemented by UserCFType, MultiUserCFType, the Assignee and Reporter fields).
 * Package {@code com.atlassian.jira.issue.fields}, since v4.0.
 * Unconfirmed: whether Jira 10.3's "User custom field value" permission type lists a field by this marker. The Jira
 * 4.x/6.3 source of {@code UserCF.getDisplayFields()} lists only fields whose type is a {@code UserCFType} or
 * {@code MultiUserCFType}; see docs/platform-api.md.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/UserField.html">UserField (jira/server)</a>
 */
public interface UserField {
}
