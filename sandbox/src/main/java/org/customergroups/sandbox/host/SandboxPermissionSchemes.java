package org.customergroups.sandbox.host;

import org.customergroups.domain.SharingSetup;
import org.customergroups.port.PermissionSchemes;

/**
 * The plugin's {@link PermissionSchemes} port. Every sandbox project uses one permission scheme,
 * which grants Browse Projects and Add Comments to "Group custom field value (Customer Groups)";
 * {@link SandboxPermissions#canBrowseIssue} enforces exactly that grant. The field exists when the
 * plugin declares a Customer Groups field type (see {@link CustomerGroupsField}).
 */
public final class SandboxPermissionSchemes implements PermissionSchemes {

    public static final String SCHEME_NAME = "Sandbox Permission Scheme";

    private final CustomerGroupsField field;

    public SandboxPermissionSchemes(CustomerGroupsField field) {
        this.field = field;
    }

    @Override
    public SharingSetup sharingSetup(long projectId) {
        if (!field.declared()) {
            return new SharingSetup(null, null, SCHEME_NAME, false, false);
        }
        return new SharingSetup(CustomerGroupsField.FIELD_ID, CustomerGroupsField.FIELD_NAME, SCHEME_NAME, true, true);
    }
}
