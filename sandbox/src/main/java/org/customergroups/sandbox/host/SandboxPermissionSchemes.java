package org.customergroups.sandbox.host;

import org.customergroups.domain.SharingSetup;
import org.customergroups.port.PermissionSchemes;

/**
 * The plugin's {@link PermissionSchemes} port. Every sandbox project uses one permission scheme,
 * which grants Browse Projects and Add Comments to "Group custom field value (Customer Groups)" and
 * Browse Projects to "User custom field value (Customer Admins)"; {@link SandboxPermissions#canBrowseIssue}
 * enforces exactly those grants. Each field exists when the plugin declares its field type (see
 * {@link CustomerGroupsField} and {@link CustomerAdminsField}).
 */
public final class SandboxPermissionSchemes implements PermissionSchemes {

    public static final String SCHEME_NAME = "Sandbox Permission Scheme";

    private final CustomerGroupsField field;
    private final CustomerAdminsField adminsField;

    public SandboxPermissionSchemes(CustomerGroupsField field, CustomerAdminsField adminsField) {
        this.field = field;
        this.adminsField = adminsField;
    }

    @Override
    public SharingSetup sharingSetup(long projectId) {
        SharingSetup setup = field.declared()
                ? new SharingSetup(CustomerGroupsField.FIELD_ID, CustomerGroupsField.FIELD_NAME, SCHEME_NAME, true, true)
                : new SharingSetup(null, null, SCHEME_NAME, false, false);
        return adminsField.declared()
                ? setup.withAdmins(CustomerAdminsField.FIELD_ID, CustomerAdminsField.FIELD_NAME, true)
                : setup;
    }
}
