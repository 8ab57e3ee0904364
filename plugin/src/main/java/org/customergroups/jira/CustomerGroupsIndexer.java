package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.impl.AbstractCustomFieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.customergroups.service.ShareAccess;

import java.util.List;

/**
 * Writes the Customer Groups field into an issue's Lucene document: one {@link StringField} (indexed as one term,
 * not tokenized, not stored) per shared group name under the field id ({@code customfield_10100}), with the name
 * exactly and, when different, lower-cased. The exact term serves JQL ({@code "Customer Groups" = "Acme"}); both
 * forms serve the "Group custom field value" search filters built from
 * {@link CustomerGroupsCFType#getIdentifiersForGroup}.
 * <p>
 * Jira calls {@link #addDocumentFieldsSearchable} only when the field is visible and in scope for the issue. The
 * value does not live in Jira's custom field value table, so {@code skipsIndexingNull()} is deliberately not
 * overridden (Jira would otherwise skip this indexer for every issue).
 */
public class CustomerGroupsIndexer extends AbstractCustomFieldIndexer {

    private final ShareAccess shareAccess;

    public CustomerGroupsIndexer(FieldVisibilityManager fieldVisibilityManager, CustomField customField,
                                 ShareAccess shareAccess) {
        super(fieldVisibilityManager, customField);
        this.shareAccess = shareAccess;
    }

    @Override
    public void addDocumentFieldsSearchable(Document doc, Issue issue) {
        Long id = issue == null ? null : issue.getId();
        if (id == null) {
            return;
        }
        List<String> names = shareAccess.sharedGroupNames(id);
        if (names == null) {
            return;
        }
        String field = getDocumentFieldId();
        for (String name : names) {
            if (name != null) {
                for (String term : CustomerGroupsCFType.identifiers(name)) {
                    doc.add(new StringField(field, term, Field.Store.NO));
                }
            }
        }
    }

    /** Nothing: a field hidden for the issue must not be searchable, and no stored value is needed. */
    @Override
    public void addDocumentFieldsNotSearchable(Document doc, Issue issue) {
    }
}
