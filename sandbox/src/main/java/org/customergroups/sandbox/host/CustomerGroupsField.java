package org.customergroups.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.GroupSelectorField;
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
 * The sandbox's "Customer Groups" custom field ({@value #FIELD_ID}), of the plugin's own field type:
 * the {@code <customfield-type>} of {@code atlassian-plugin.xml} whose class is a
 * {@link GroupSelectorField}. As in Jira, the type is created once by constructor injection from
 * the plugin's components, and the field's value on an issue is what the type's
 * {@code getValueFromIssue} returns: this is how the sandbox's access check reads it, like Jira's
 * "Group custom field value" permission does. The type can only be created after the plugin's
 * beans, so the field is {@link #bind bound} once the sandbox has built them.
 */
public final class CustomerGroupsField {

    public static final long ID = 10100;
    public static final String FIELD_ID = "customfield_" + ID;
    /** The name an administrator gave the field when creating it. */
    public static final String FIELD_NAME = "Customer Groups";

    private final Optional<CustomFieldTypeModule> module;
    private final JiraObjects jira;
    private volatile SandboxCustomField field;

    public CustomerGroupsField(PluginDescriptor plugin, JiraObjects jira) {
        this.module = groupFieldType(plugin);
        this.jira = jira;
    }

    /** The plugin's group field type, when its descriptor declares one (at most one). */
    static Optional<CustomFieldTypeModule> groupFieldType(PluginDescriptor plugin) {
        List<CustomFieldTypeModule> groupTypes = new ArrayList<>();
        for (CustomFieldTypeModule m : plugin.customFieldTypes()) {
            if (GroupSelectorField.class.isAssignableFrom(load(m.className()))) {
                groupTypes.add(m);
            }
        }
        if (groupTypes.size() > 1) {
            throw new IllegalStateException("The plugin declares " + groupTypes.size()
                    + " group field types; the sandbox knows one Customer Groups field");
        }
        return groupTypes.stream().findFirst();
    }

    /** Creates the field type from the plugin's components (once, after they are built). */
    public void bind(ConstructorInjector injector) {
        if (module.isPresent()) {
            field = new SandboxCustomField(ID, FIELD_NAME, (CustomFieldType<?, ?>) injector.create(module.get().className()));
        }
    }

    /** Whether the plugin declares the field type (then the sandbox has the field). */
    public boolean declared() {
        return module.isPresent();
    }

    public Optional<CustomFieldTypeModule> module() {
        return module;
    }

    /** The field as Jira hands it to plugin code; empty when the plugin declares no such type. */
    public Optional<SandboxCustomField> field() {
        if (module.isPresent() && field == null) {
            throw new IllegalStateException("The Customer Groups field is used before the plugin's components exist");
        }
        return Optional.ofNullable(field);
    }

    /** The group names of the issue's field value; empty when the value is null (or there is no field). */
    public List<String> groupsOf(long issueId) {
        Optional<SandboxCustomField> f = field();
        if (f.isEmpty()) {
            return List.of();
        }
        return jira.issue(issueId).map(issue -> names(issue.getCustomFieldValue(f.get()))).orElse(List.of());
    }

    /** The field's value on the issue as the type returns it (null when no group is shared, or no field). */
    public Object valueOf(Issue issue) {
        return field().map(issue::getCustomFieldValue).orElse(null);
    }

    /**
     * Group names from a field value the way Jira's group-custom-field permission reads it, for the
     * value types the sandbox's field can have: a group name or a collection of them.
     */
    public static List<String> names(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String name) {
            return List.of(name);
        }
        if (value instanceof Collection<?> values) {
            List<String> names = new ArrayList<>();
            for (Object v : values) {
                if (!(v instanceof String name)) {
                    throw new IllegalStateException("Customer Groups field value holds a " + v.getClass().getName());
                }
                names.add(name);
            }
            return List.copyOf(names);
        }
        throw new IllegalStateException("Customer Groups field value is a " + value.getClass().getName());
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, CustomerGroupsField.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("customfield-type class " + className + " not found", e);
        }
    }
}
