package org.customergroups.domain;

/**
 * Whether Jira will enforce shares in a project: the Customer Groups field exists ({@code fieldId}
 * such as {@code customfield_10100}, null when no field of the plugin's type exists) and the
 * project's permission scheme grants Browse Projects and Add Comments to "Group custom field value"
 * of that field.
 * <p>
 * The optional customer-admin step: the Customer Admins field ({@code adminsFieldId}, null when none exists) and
 * whether the scheme grants Browse Projects to "User custom field value" of it ({@code adminsBrowseGranted}), so that
 * licensed customer admins open their customers' tickets in Jira. Sharing is {@link #ready} without it.
 */
public record SharingSetup(String fieldId, String fieldName, String schemeName, boolean browseGranted,
                           boolean addCommentsGranted, String adminsFieldId, String adminsFieldName,
                           boolean adminsBrowseGranted) {

    /** Without the Customer Admins field. */
    public SharingSetup(String fieldId, String fieldName, String schemeName, boolean browseGranted,
                        boolean addCommentsGranted) {
        this(fieldId, fieldName, schemeName, browseGranted, addCommentsGranted, null, null, false);
    }

    public boolean fieldFound() {
        return fieldId != null;
    }

    /** Members of shared groups can view and comment. */
    public boolean ready() {
        return fieldFound() && browseGranted && addCommentsGranted;
    }

    public boolean adminsFieldFound() {
        return adminsFieldId != null;
    }

    /** Licensed customer admins can open their customers' tickets in Jira (the optional step). */
    public boolean adminsReady() {
        return adminsFieldFound() && adminsBrowseGranted;
    }

    /** This setup with the Customer Admins part replaced. */
    public SharingSetup withAdmins(String fieldId, String fieldName, boolean browseGranted) {
        return new SharingSetup(this.fieldId, this.fieldName, schemeName, this.browseGranted, addCommentsGranted,
                fieldId, fieldName, fieldId != null && browseGranted);
    }
}
