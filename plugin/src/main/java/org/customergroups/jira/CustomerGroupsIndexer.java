package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.customergroups.service.ShareAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Indexes the Customer Groups field: per shared group name ({@link CustomerGroupsCFType#groupNames}), the name
 * exactly and, when different, lower-cased ({@link CustomerGroupsCFType#identifiers}). The exact term serves JQL
 * ({@code "Customer Groups" = "Acme"}); both forms serve the "Group custom field value" search filters built from
 * {@link CustomerGroupsCFType#getIdentifiersForGroup}.
 */
public class CustomerGroupsIndexer extends CalculatedFieldIndexer {

    private final ShareAccess shareAccess;

    public CustomerGroupsIndexer(FieldVisibilityManager fieldVisibilityManager, CustomField customField,
                                 ShareAccess shareAccess) {
        super(fieldVisibilityManager, customField);
        this.shareAccess = shareAccess;
    }

    @Override
    List<String> terms(Issue issue) {
        List<String> terms = new ArrayList<>();
        CustomerGroupsCFType.groupNames(shareAccess, issue).stream().filter(Objects::nonNull)
                .forEach(name -> terms.addAll(CustomerGroupsCFType.identifiers(name)));
        return terms;
    }
}
