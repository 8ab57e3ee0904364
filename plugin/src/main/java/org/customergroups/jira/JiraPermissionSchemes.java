package org.customergroups.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import org.customergroups.domain.SharingSetup;
import org.customergroups.port.PermissionSchemes;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * What a project's permission scheme grants to the Customer Groups field: Jira's "Group custom field value" holder
 * (type {@value #GROUP_CF}, parameter = the field id such as {@code customfield_10100}) under Browse Projects and Add
 * Comments.
 * <ul>
 *   <li>The Customer Groups fields are the custom fields whose type is this plugin's {@link CustomerGroupsCFType}.
 *       When there are several, the one the scheme grants most to is reported (then the lowest id), so a second,
 *       unused field does not hide a correct setup.</li>
 *   <li>No field: {@code fieldId} and {@code fieldName} are null and nothing is granted. A project without a scheme
 *       (or an unknown project) has a null {@code schemeName} and no grants.</li>
 * </ul>
 * The Customer Admins field (type {@link CustomerAdminsCFType}) is read the same way: Jira's "User custom field
 * value" holder (type {@value #USER_CF}, parameter = the field id) under Browse Projects; reported when such a field
 * exists (the optional customer-admin step), null otherwise.
 * <p>
 * The permission keys are read through package-private methods so that unit tests, where the platform-api
 * constants are {@code null}, can tell Browse Projects from Add Comments.
 */
public class JiraPermissionSchemes implements PermissionSchemes {

    /** The type key of Jira's "Group custom field value" permission holder ({@code GroupCF}). */
    static final String GROUP_CF = "groupCF";

    /**
     * The type key of Jira's "User custom field value" permission holder ({@code UserCF.TYPE}); its parameter is the
     * field id, as for {@link #GROUP_CF}.
     */
    static final String USER_CF = "userCF";

    private final ProjectManager projectManager;
    private final CustomFieldManager customFieldManager;
    private final PermissionSchemeManager permissionSchemeManager;

    public JiraPermissionSchemes(ProjectManager projectManager, CustomFieldManager customFieldManager,
                                 PermissionSchemeManager permissionSchemeManager) {
        this.projectManager = projectManager;
        this.customFieldManager = customFieldManager;
        this.permissionSchemeManager = permissionSchemeManager;
    }

    @Override
    public SharingSetup sharingSetup(long projectId) {
        List<CustomField> all = customFields();
        List<CustomField> fields = ofType(all, CustomerGroupsCFType.class);
        List<CustomField> adminFields = ofType(all, CustomerAdminsCFType.class);
        Project project = JiraCalls.call("look up a project", () -> projectManager.getProjectObj(projectId));
        Scheme scheme = project == null ? null
                : JiraCalls.call("read the project's permission scheme", () -> permissionSchemeManager.getSchemeFor(project));
        String schemeName = scheme == null ? null : scheme.getName();
        Collection<PermissionSchemeEntry> browseEntries = scheme == null || (fields.isEmpty() && adminFields.isEmpty())
                ? List.of() : entries(scheme, browseProjects());
        SharingSetup setup;
        if (fields.isEmpty()) {
            setup = new SharingSetup(null, null, schemeName, false, false);
        } else {
            Set<String> browse = fieldIds(browseEntries, GROUP_CF);
            Set<String> comment = scheme == null ? Set.of() : fieldIds(entries(scheme, addComments()), GROUP_CF);
            CustomField best = mostGranted(fields, f -> (browse.contains(f.getId()) ? 2 : 0)
                    + (comment.contains(f.getId()) ? 1 : 0));
            setup = new SharingSetup(best.getId(), best.getName(), schemeName, browse.contains(best.getId()),
                    comment.contains(best.getId()));
        }
        if (adminFields.isEmpty()) {
            return setup;
        }
        Set<String> adminBrowse = fieldIds(browseEntries, USER_CF);
        CustomField admins = mostGranted(adminFields, f -> adminBrowse.contains(f.getId()) ? 1 : 0);
        return setup.withAdmins(admins.getId(), admins.getName(), adminBrowse.contains(admins.getId()));
    }

    /** Of several fields of one type, the one the scheme grants most to, then the oldest (lowest id). */
    private static CustomField mostGranted(List<CustomField> fields, ToIntFunction<CustomField> grants) {
        return fields.stream()
                .max(Comparator.comparingInt(grants)
                        .thenComparing(CustomField::getIdAsLong, Comparator.nullsFirst(Comparator.reverseOrder())))
                .orElseThrow();
    }

    private List<CustomField> customFields() {
        List<CustomField> all = JiraCalls.call("list custom fields", customFieldManager::getCustomFieldObjects);
        return all == null ? List.of() : all;
    }

    /** The custom fields whose type is {@code type} (one of this plugin's). */
    private static List<CustomField> ofType(List<CustomField> all, Class<?> type) {
        return all.stream()
                .filter(Objects::nonNull)
                .filter(f -> type.isInstance(f.getCustomFieldType()))
                .filter(f -> f.getId() != null)
                .toList();
    }

    private Collection<PermissionSchemeEntry> entries(Scheme scheme, ProjectPermissionKey permission) {
        Collection<PermissionSchemeEntry> entries = JiraCalls.call("read permission scheme grants",
                () -> permissionSchemeManager.getPermissionSchemeEntries(scheme, permission));
        return entries == null ? List.of() : entries;
    }

    /** The field ids that grants of holder type {@code holderType} ({@value #GROUP_CF}, {@value #USER_CF}) name. */
    private static Set<String> fieldIds(Collection<PermissionSchemeEntry> entries, String holderType) {
        return entries.stream()
                .filter(Objects::nonNull)
                .filter(e -> holderType.equals(e.getType()))
                .map(PermissionSchemeEntry::getParameter)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    ProjectPermissionKey browseProjects() {
        return ProjectPermissions.BROWSE_PROJECTS;
    }

    ProjectPermissionKey addComments() {
        return ProjectPermissions.ADD_COMMENTS;
    }
}
