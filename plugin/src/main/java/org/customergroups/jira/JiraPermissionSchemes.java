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
 * The permission keys are read through package-private methods so that unit tests, where the platform-api
 * constants are {@code null}, can tell Browse Projects from Add Comments.
 */
public class JiraPermissionSchemes implements PermissionSchemes {

    /** The type key of Jira's "Group custom field value" permission holder ({@code GroupCF}). */
    static final String GROUP_CF = "groupCF";

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
        List<CustomField> fields = customerGroupsFields();
        Project project = JiraCalls.call("look up a project", () -> projectManager.getProjectObj(projectId));
        Scheme scheme = project == null ? null
                : JiraCalls.call("read the project's permission scheme", () -> permissionSchemeManager.getSchemeFor(project));
        String schemeName = scheme == null ? null : scheme.getName();
        if (fields.isEmpty()) {
            return new SharingSetup(null, null, schemeName, false, false);
        }
        Set<String> browse = scheme == null ? Set.of() : groupCfFieldIds(scheme, browseProjects());
        Set<String> comment = scheme == null ? Set.of() : groupCfFieldIds(scheme, addComments());
        CustomField best = fields.stream()
                .max(Comparator.comparingInt((CustomField f) -> (browse.contains(f.getId()) ? 2 : 0)
                                + (comment.contains(f.getId()) ? 1 : 0))
                        .thenComparing(CustomField::getIdAsLong, Comparator.nullsFirst(Comparator.reverseOrder())))
                .orElseThrow();
        return new SharingSetup(best.getId(), best.getName(), schemeName, browse.contains(best.getId()),
                comment.contains(best.getId()));
    }

    /** Every custom field of this plugin's type. */
    private List<CustomField> customerGroupsFields() {
        List<CustomField> all = JiraCalls.call("list custom fields", customFieldManager::getCustomFieldObjects);
        return all == null ? List.of() : all.stream()
                .filter(Objects::nonNull)
                .filter(f -> f.getCustomFieldType() instanceof CustomerGroupsCFType)
                .filter(f -> f.getId() != null)
                .toList();
    }

    /** The field ids that the scheme's grants of {@code permission} name as "Group custom field value". */
    private Set<String> groupCfFieldIds(Scheme scheme, ProjectPermissionKey permission) {
        Collection<PermissionSchemeEntry> entries = JiraCalls.call("read permission scheme grants",
                () -> permissionSchemeManager.getPermissionSchemeEntries(scheme, permission));
        return entries == null ? Set.of() : entries.stream()
                .filter(Objects::nonNull)
                .filter(e -> GROUP_CF.equals(e.getType()))
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
