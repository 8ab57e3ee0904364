package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.GroupSelectorField;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.customergroups.service.ShareAccess;
import org.customergroups.web.Html;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The "Customer Groups" custom field type (descriptor key {@code customer-groups}): its value is the names of the
 * groups the issue is shared with, read from the plugin's store through {@link ShareAccess}. It is calculated, never
 * set: the descriptor has no edit template, so Jira shows it on no edit screen, and shares change only through the
 * plugin's sharing service.
 * <p>
 * As a {@link GroupSelectorField} it can be chosen as "Group custom field value" in permission schemes and issue
 * security levels. Jira then checks a user live against {@link #getValueFromIssue} (group names) and builds search
 * filters from {@link #getIdentifiersForGroup}, which must match what {@link CustomerGroupsIndexer} writes: each
 * name exactly and lower-cased. JQL ({@code "Customer Groups" = "Acme"}, Jira's ExactTextSearcher) matches the exact
 * name.
 * <p>
 * Jira creates this class from the descriptor and autowires its constructor from the plugin's Spring context
 * ({@code shareAccess} bean, {@code fieldVisibilityManager} reference).
 */
public class CustomerGroupsCFType extends CalculatedCFType<Collection<String>, String> implements GroupSelectorField {

    private final ShareAccess shareAccess;
    private final FieldVisibilityManager fieldVisibilityManager;

    public CustomerGroupsCFType(ShareAccess shareAccess, FieldVisibilityManager fieldVisibilityManager) {
        this.shareAccess = shareAccess;
        this.fieldVisibilityManager = fieldVisibilityManager;
    }

    @Override
    public String getStringFromSingularObject(String groupName) {
        return groupName;
    }

    @Override
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        return string;
    }

    /**
     * The names of the issue's shared groups, as the store has them (Jira's spelling of the group name), ordered by
     * name. Null on the create screen (no issue id yet) and when the issue is shared with no group, as Jira expects
     * for an empty value.
     */
    @Override
    public Collection<String> getValueFromIssue(CustomField field, Issue issue) {
        List<String> names = groupNames(shareAccess, issue);
        return names.isEmpty() ? null : List.copyOf(names);
    }

    @Override
    public List<FieldIndexer> getRelatedIndexers(CustomField customField) {
        return List.of(new CustomerGroupsIndexer(fieldVisibilityManager, customField, shareAccess));
    }

    /** What the indexer writes for a group named {@code groupName}: the name as given and lower-cased. */
    @Override
    public List<String> getIdentifiersForGroup(String groupName) {
        if (groupName == null) {
            return List.of();
        }
        return List.copyOf(identifiers(groupName));
    }

    /**
     * The view templates' extra parameter: {@code $html}, the plugin's escaper, as in every plugin template (Jira
     * merges this map into the parameters of the view and column-view templates, next to {@code $value},
     * {@code $customField}, {@code $issue}, ...). Jira's base implementation is not called: its only entry,
     * {@code issueGv} (the issue's GenericValue), is not used by these templates.
     */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = new HashMap<>();
        params.put("html", new Html());
        return params;
    }

    /** The names of the issue's shared groups, as the store has them; empty without an issue id. */
    static List<String> groupNames(ShareAccess shareAccess, Issue issue) {
        Long id = issue == null ? null : issue.getId();
        List<String> names = id == null ? null : shareAccess.sharedGroupNames(id);
        return names == null ? List.of() : names;
    }

    /** A name exactly and lower-cased (once when they are equal), in that order. */
    static Set<String> identifiers(String groupName) {
        Set<String> ids = new LinkedHashSet<>(2);
        ids.add(groupName);
        ids.add(groupName.toLowerCase(Locale.ROOT));
        return ids;
    }
}
