package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.indexers.impl.AbstractCustomFieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.customergroups.service.CustomerAdmins;

/**
 * Writes the Customer Admins field into an issue's Lucene document: one {@link StringField} (one term, not
 * tokenized, not stored) per customer admin's user key under the field id, as Jira's user fields index users. The
 * "User custom field value" permission filters searches by the term {@code (customfield_N, searcher's key)}.
 * <p>
 * The value depends on group memberships, which change without touching the issue: the index is as fresh as the
 * issue's last reindex (the plugin reindexes what it knows cheaply; see the admin guide). {@code skipsIndexingNull()}
 * is not overridden (the value is not in Jira's custom field value table).
 */
public class CustomerAdminsIndexer extends AbstractCustomFieldIndexer {

    private final CustomerAdmins customerAdmins;

    public CustomerAdminsIndexer(FieldVisibilityManager fieldVisibilityManager, CustomField customField,
                                 CustomerAdmins customerAdmins) {
        super(fieldVisibilityManager, customField);
        this.customerAdmins = customerAdmins;
    }

    @Override
    public void addDocumentFieldsSearchable(Document doc, Issue issue) {
        String field = getDocumentFieldId();
        for (String key : CustomerAdminsCFType.adminKeys(customerAdmins, issue)) {
            doc.add(new StringField(field, key, Field.Store.NO));
        }
    }

    /** Nothing: a field hidden for the issue must not be searchable. */
    @Override
    public void addDocumentFieldsNotSearchable(Document doc, Issue issue) {
    }
}
