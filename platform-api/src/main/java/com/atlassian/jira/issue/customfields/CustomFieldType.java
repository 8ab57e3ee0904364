package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;

import java.util.List;
import java.util.Map;

/**
 * Declaration of Jira's custom field type ({@code @PublicApi @PublicSpi} interface; T = transport object,
 * S = singular object). Only the members the plugin's CalculatedCFType subclass overrides. The plugin must extend
 * {@link com.atlassian.jira.issue.customfields.impl.CalculatedCFType}, never implement this interface directly
 * (Jira adds methods to it over time).
 * {@code Map<String, Object> getVelocityParameters(Issue, CustomField, FieldLayoutItem)} (the extra parameters of the
 * field's view templates) is overridden the same way in Atlassian's "creating a custom field type" tutorial and in
 * public plugin code.
 * Unconfirmed for 10.3: the interface exists in 10.2.0 (javadoc); the full abstract set in 10.3 was not checked, so a
 * new abstract method could cause AbstractMethodError (field recipe, open risk 2).
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html">CustomFieldType (Jira 10.2.0)</a>
 */
public interface CustomFieldType<T, S> {

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;

    T getValueFromIssue(CustomField field, Issue issue);

    List<FieldIndexer> getRelatedIndexers(CustomField customField);

    Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);
}
