package org.customergroups.sandbox.host;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.UserField;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.sandbox.host.jira.JiraObjects;
import org.customergroups.sandbox.host.jira.SandboxCustomField;
import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptor.CustomFieldTypeModule;
import org.customergroups.sandbox.wiring.ConstructorInjector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's "Customer Admins" custom field ({@value #FIELD_ID}), of the plugin's user field type (the
 * {@code <customfield-type>} whose class is a {@link UserField}). The sandbox's permission scheme grants Browse
 * Projects to "User custom field value (Customer Admins)", which Jira checks live: the user is in the collection of
 * users the type's {@code getValueFromIssue} returns. Bound after the plugin's beans exist, as
 * {@link CustomerGroupsField}.
 */
public final class CustomerAdminsField {

    public static final long ID = 10300;
    public static final String FIELD_ID = "customfield_" + ID;
    public static final String FIELD_NAME = "Customer Admins";

    private final Optional<CustomFieldTypeModule> module;
    private final JiraObjects jira;
    private volatile SandboxCustomField field;

    public CustomerAdminsField(PluginDescriptor plugin, JiraObjects jira) {
        this.module = userFieldType(plugin);
        this.jira = jira;
    }

    static Optional<CustomFieldTypeModule> userFieldType(PluginDescriptor plugin) {
        List<CustomFieldTypeModule> userTypes = new ArrayList<>();
        for (CustomFieldTypeModule m : plugin.customFieldTypes()) {
            if (UserField.class.isAssignableFrom(load(m.className()))) {
                userTypes.add(m);
            }
        }
        if (userTypes.size() > 1) {
            throw new IllegalStateException("The plugin declares " + userTypes.size()
                    + " user field types; the sandbox knows one Customer Admins field");
        }
        return userTypes.stream().findFirst();
    }

    /** Creates the field type from the plugin's components and Jira's user manager (once). */
    public void bind(ConstructorInjector injector) {
        if (module.isPresent()) {
            field = new SandboxCustomField(ID, FIELD_NAME, (CustomFieldType<?, ?>) injector.create(module.get().className()));
        }
    }

    public boolean declared() {
        return module.isPresent();
    }

    /** The user keys (usernames) of the issue's field value; empty when it is null or there is no field. */
    public List<String> usersOf(long issueId) {
        if (module.isEmpty()) {
            return List.of();
        }
        if (field == null) {
            throw new IllegalStateException("The Customer Admins field is used before the plugin's components exist");
        }
        return jira.issue(issueId).map(issue -> keys(issue.getCustomFieldValue(field))).orElse(List.of());
    }

    /** User keys from a value the way Jira's user-custom-field permission reads it: a user or a collection. */
    static List<String> keys(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof ApplicationUser user) {
            return List.of(user.getKey());
        }
        if (value instanceof Collection<?> values) {
            List<String> keys = new ArrayList<>();
            for (Object v : values) {
                if (!(v instanceof ApplicationUser user)) {
                    throw new IllegalStateException("Customer Admins field value holds a " + v.getClass().getName());
                }
                keys.add(user.getKey());
            }
            return List.copyOf(keys);
        }
        throw new IllegalStateException("Customer Admins field value is a " + value.getClass().getName());
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, CustomerAdminsField.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("customfield-type class " + className + " not found", e);
        }
    }
}
