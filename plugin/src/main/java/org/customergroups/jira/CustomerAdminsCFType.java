package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.UserField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.index.indexers.FieldIndexer;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.FieldVisibilityManager;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.service.CustomerAdmins;
import org.customergroups.web.Html;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "Customer Admins" custom field type (descriptor key {@code customer-admins}): its value is the issue's
 * customer admins, the members of Customer Admins who share a non-default catalog group of the issue's project with
 * the reporter ({@link CustomerAdmins#adminsOf}). Calculated, never set (no edit template).
 * <p>
 * As a {@link UserField} whose value is a collection of {@link ApplicationUser}s it is meant for "User custom field
 * value" in permission schemes (Browse Projects): Jira checks a user live against {@link #getValueFromIssue} and
 * filters searches by a term {@code (customfield_N, user key)}, which {@link CustomerAdminsIndexer} writes. The value
 * is computed on every call (no cache: a stale cache on another node would keep granting access).
 * <p>
 * Jira creates this class from the descriptor and autowires its constructor from the plugin's Spring context
 * ({@code customerAdmins} bean, {@code userManager} and {@code fieldVisibilityManager} references).
 */
public class CustomerAdminsCFType extends CalculatedCFType<Collection<ApplicationUser>, ApplicationUser>
        implements UserField {

    private final CustomerAdmins customerAdmins;
    private final UserManager userManager;
    private final FieldVisibilityManager fieldVisibilityManager;

    public CustomerAdminsCFType(CustomerAdmins customerAdmins, UserManager userManager,
                                FieldVisibilityManager fieldVisibilityManager) {
        this.customerAdmins = customerAdmins;
        this.userManager = userManager;
        this.fieldVisibilityManager = fieldVisibilityManager;
    }

    /** A user's key, as Jira's user fields store and index users. */
    @Override
    public String getStringFromSingularObject(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }

    @Override
    public ApplicationUser getSingularObjectFromString(String userKey) throws FieldValidationException {
        return userKey == null ? null : JiraCalls.call("look up a user by key", () -> userManager.getUserByKey(userKey));
    }

    /**
     * The issue's customer admins as Jira users, ordered by username. Null on the create screen (no issue id yet)
     * and when there are none, as Jira expects for an empty value.
     */
    @Override
    public Collection<ApplicationUser> getValueFromIssue(CustomField field, Issue issue) {
        List<String> keys = adminKeys(customerAdmins, issue);
        if (keys.isEmpty()) {
            return null;
        }
        List<ApplicationUser> users = keys.stream()
                .map(this::getSingularObjectFromString)
                .filter(Objects::nonNull)
                .toList();
        return users.isEmpty() ? null : users;
    }

    @Override
    public List<FieldIndexer> getRelatedIndexers(CustomField customField) {
        return List.of(new CustomerAdminsIndexer(fieldVisibilityManager, customField, customerAdmins));
    }

    /** {@code $html}, the plugin's escaper, for the view templates (as CustomerGroupsCFType). */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = new HashMap<>();
        params.put("html", new Html());
        return params;
    }

    /** The user keys of the issue's customer admins; empty without an issue id or project. */
    static List<String> adminKeys(CustomerAdmins customerAdmins, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return List.of();
        }
        IssueRef ref = JiraIssues.ref(issue);
        if (ref == null) {
            return List.of();
        }
        return customerAdmins.adminsOf(ref).stream().map(UserSummary::key).filter(Objects::nonNull).toList();
    }
}
