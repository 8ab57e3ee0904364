package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Declaration of Jira's base for calculated custom field types ({@code @PublicSpi} abstract class extending
 * {@link AbstractCustomFieldType}): a type "calculated rather than set"; Jira's implementation no-ops create, update,
 * remove, validation and defaults. Left abstract: the three methods below.
 * <p>
 * The public no-arg constructor has an <b>empty body on purpose</b>: the plugin's field type extends this class and
 * its constructor calls {@code super()}, in tests as well as in Jira.
 * Unconfirmed for 10.3: the class exists in 10.x (Jira 10.2.0 CustomFieldType implementors; JSW 10.6.0 RankCFType
 * extends it); its abstract set in 10.3 was not checked (field recipe fact 1).
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html">CalculatedCFType (Jira 7.x "latest", per field recipe)</a>
 */
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {

    /** Empty on purpose: the plugin's field type calls {@code super()}. */
    public CalculatedCFType() {
    }

    @Override
    public abstract String getStringFromSingularObject(S singularObject);

    @Override
    public abstract S getSingularObjectFromString(String string) throws FieldValidationException;

    @Override
    public abstract T getValueFromIssue(CustomField field, Issue issue);
}
