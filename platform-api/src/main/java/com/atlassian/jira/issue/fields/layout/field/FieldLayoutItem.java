package com.atlassian.jira.issue.fields.layout.field;

/**
 * Declaration of Jira's field layout item (interface) with <b>no members</b>: it only appears in the signature of
 * {@code CustomFieldType.getVelocityParameters(Issue, CustomField, FieldLayoutItem)}, which the plugin's field type
 * overrides. Package per the Jira "server" javadoc of CustomFieldUtils.buildParams and public plugin code overriding
 * that method.
 * Unconfirmed for 10.3: kind not checked against a javadoc page of the type (an override links by the type's name,
 * so the kind does not matter here).
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldUtils.html">CustomFieldUtils (Jira "server" javadoc), whose buildParams takes it</a>
 */
public interface FieldLayoutItem {
}
