package org.customergroups.domain;

/**
 * Whether Jira will enforce shares in a project: the Customer Groups field exists ({@code fieldId}
 * such as {@code customfield_10100}, null when no field of the plugin's type exists) and the
 * project's permission scheme grants Browse Projects and Add Comments to "Group custom field value"
 * of that field.
 */
public record SharingSetup(String fieldId, String fieldName, String schemeName, boolean browseGranted,
                           boolean addCommentsGranted) {

    public boolean fieldFound() {
        return fieldId != null;
    }

    /** Members of shared groups can view and comment. */
    public boolean ready() {
        return fieldFound() && browseGranted && addCommentsGranted;
    }
}
