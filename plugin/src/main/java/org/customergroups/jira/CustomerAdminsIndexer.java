package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.customergroups.service.CustomerAdmins;

import java.util.List;

/**
 * Indexes the Customer Admins field: one term per customer admin's user key ({@link CustomerAdminsCFType#adminKeys}),
 * as Jira's user fields index users. The "User custom field value" permission filters searches by the term
 * {@code (customfield_N, searcher's key)}. The value depends on group memberships, which change without touching
 * the issue (the plugin reindexes what it knows cheaply; see the admin guide).
 */
public class CustomerAdminsIndexer extends CalculatedFieldIndexer {

    private final CustomerAdmins customerAdmins;

    public CustomerAdminsIndexer(FieldVisibilityManager fieldVisibilityManager, CustomField customField,
                                 CustomerAdmins customerAdmins) {
        super(fieldVisibilityManager, customField);
        this.customerAdmins = customerAdmins;
    }

    @Override
    List<String> terms(Issue issue) {
        return CustomerAdminsCFType.adminKeys(customerAdmins, issue);
    }
}
