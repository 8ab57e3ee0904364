package com.atlassian.jira.issue.customfields;

/**
 * Declaration of Jira's custom field searcher (interface) with <b>no members</b>: declared only as the return type of
 * {@code CustomField.getCustomFieldSearcher()} (null means the field has no searcher, which GroupCF rejects).
 * Unconfirmed for 10.3: kind not checked against javadoc.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html">CustomFieldType (Jira 10.2.0), same package</a>
 */
public interface CustomFieldSearcher {
}
