package org.customergroups.sandbox.host.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Jira's {@link CustomField}: one field of the sandbox (id {@code customfield_<n>}) of a plugin field
 * type. Its value on an issue is what the type calculates, as Jira's {@code CustomFieldImpl.getValue}
 * asks the type. The sandbox has no searchers (it has no search).
 */
public final class SandboxCustomField implements CustomField {

    private final long id;
    private final String name;
    @SuppressWarnings("rawtypes")
    private final CustomFieldType type;

    @SuppressWarnings("rawtypes")
    public SandboxCustomField(long id, String name, CustomFieldType type) {
        this.id = id;
        this.name = name;
        this.type = type;
    }

    @Override
    public String getId() {
        return "customfield_" + id;
    }

    @Override
    public Long getIdAsLong() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CustomFieldType getCustomFieldType() {
        return type;
    }

    @Override
    public CustomFieldSearcher getCustomFieldSearcher() {
        return null;
    }

    @Override
    public Object getValue(Issue issue) {
        return type.getValueFromIssue(this, issue);
    }

    @Override
    public String toString() {
        return getId() + " (" + name + ")";
    }
}
