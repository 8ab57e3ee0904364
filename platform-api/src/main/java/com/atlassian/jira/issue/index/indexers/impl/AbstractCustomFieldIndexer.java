package com.atlassian.jira.issue.index.indexers.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.lucene.document.Document;

/**
 * Declaration of Jira's base for custom field indexers (abstract class implementing {@link FieldIndexer}), as in the
 * Jira 6.3 source: protected constructor {@code (FieldVisibilityManager, CustomField)}, protected final field
 * {@code customField}, abstract {@code addDocumentFieldsSearchable/NotSearchable(Document, Issue)}, and
 * {@code getDocumentFieldId()}. Jira's {@code addIndex} calls the "searchable" variant only when the field is visible
 * and in scope for the issue.
 * <p>
 * The constructor stores the field (its published contract, needed because the plugin's indexer calls
 * {@code super(..)} in tests), and {@code getDocumentFieldId()} keeps its published trivial semantics
 * {@code customField.getId()} (e.g. {@code "customfield_10100"}), so tests can check the Lucene field name.
 * Unconfirmed for 10.3: 2-argument overrides still used by JSW 10.6.0's RankCustomFieldIndexer; the full 10.3
 * abstract set was not checked.
 *
 * @see <a href="https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/SearchService.html">Jira Software 10.6.0 javadoc (RankCustomFieldIndexer, per field recipe)</a>
 */
public abstract class AbstractCustomFieldIndexer implements FieldIndexer {

    protected final CustomField customField;

    /** Stores the field only; the visibility manager is used by Jira's own addIndex, not declared here. */
    protected AbstractCustomFieldIndexer(FieldVisibilityManager fieldVisibilityManager, CustomField customField) {
        this.customField = customField;
    }

    public abstract void addDocumentFieldsSearchable(Document doc, Issue issue);

    public abstract void addDocumentFieldsNotSearchable(Document doc, Issue issue);

    public String getDocumentFieldId() {
        return customField.getId();
    }
}
