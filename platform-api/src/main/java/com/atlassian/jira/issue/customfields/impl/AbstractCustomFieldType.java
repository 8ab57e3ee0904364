package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;

import java.util.List;
import java.util.Map;

/**
 * Declaration of Jira's base custom field type ({@code @PublicSpi} abstract class implementing
 * {@link CustomFieldType}). Only {@code getRelatedIndexers} (Jira's default returns null) and
 * {@code getVelocityParameters} (Jira's default returns a map with only {@code issueGv}, the issue's GenericValue,
 * per the Jira 6.x source), which the plugin overrides without calling {@code super}.
 * <p>
 * The public no-arg constructor has an <b>empty body on purpose</b>: plugin field types extend this class (through
 * {@link CalculatedCFType}) and their constructors call {@code super()}, in tests as well as in Jira.
 * Unconfirmed for 10.3: checked against Jira 6.3 source (field recipe fact 2); not re-checked in 10.x javadoc.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html">CustomFieldType (Jira 10.2.0)</a>
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    /** Empty on purpose: subclasses (the plugin's field type) call {@code super()}. */
    public AbstractCustomFieldType() {
    }

    @Override
    public List<FieldIndexer> getRelatedIndexers(CustomField customField) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
