package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.impl.AbstractCustomFieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;

import java.util.Collection;

/**
 * The indexer of a calculated plugin field: one {@link StringField} (one term, not tokenized, not stored) per term
 * of {@link #terms} under the field id ({@code customfield_N}), the way Jira's permission filters and exact searchers
 * look values up.
 * <p>
 * Jira calls {@link #addDocumentFieldsSearchable} only when the field is visible and in scope for the issue. The
 * value does not live in Jira's custom field value table, so {@code skipsIndexingNull()} is deliberately not
 * overridden (Jira would otherwise skip the indexer for every issue). The value may depend on things that change
 * without touching the issue: the index is as fresh as the issue's last reindex.
 */
public abstract class CalculatedFieldIndexer extends AbstractCustomFieldIndexer {

    protected CalculatedFieldIndexer(FieldVisibilityManager fieldVisibilityManager, CustomField customField) {
        super(fieldVisibilityManager, customField);
    }

    /** The issue's terms, none null; empty without an issue id. */
    abstract Collection<String> terms(Issue issue);

    @Override
    public final void addDocumentFieldsSearchable(Document doc, Issue issue) {
        String field = getDocumentFieldId();
        for (String term : terms(issue)) {
            doc.add(new StringField(field, term, Field.Store.NO));
        }
    }

    /** Nothing: a field hidden for the issue must not be searchable, and no stored value is needed. */
    @Override
    public final void addDocumentFieldsNotSearchable(Document doc, Issue issue) {
    }
}
