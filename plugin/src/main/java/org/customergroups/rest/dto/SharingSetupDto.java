package org.customergroups.rest.dto;

import org.customergroups.domain.SharingSetup;

/**
 * JSON of {@code GET /projects/{key}/sharing-setup}: the Customer Groups field ({@code fieldId} null when there is
 * none), the project's permission scheme and whether it grants Browse Projects and Add Comments to the field;
 * {@code ready} when all three hold. The optional customer-admin step: the Customer Admins field
 * ({@code adminsFieldId} null when there is none), whether the scheme grants Browse Projects to "User custom field
 * value" of it, and {@code adminsReady} when both hold ({@code ready} does not depend on it).
 */
public record SharingSetupDto(String fieldId, String fieldName, String schemeName, boolean browseGranted,
                              boolean addCommentsGranted, boolean ready, String adminsFieldId, String adminsFieldName,
                              boolean adminsBrowseGranted, boolean adminsReady) {

    public static SharingSetupDto from(SharingSetup s) {
        return new SharingSetupDto(s.fieldId(), s.fieldName(), s.schemeName(), s.browseGranted(),
                s.addCommentsGranted(), s.ready(), s.adminsFieldId(), s.adminsFieldName(), s.adminsBrowseGranted(),
                s.adminsReady());
    }
}
