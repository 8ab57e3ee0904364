package org.customergroups.rest.dto;

import org.customergroups.domain.SharingSetup;

/**
 * Whether Jira honours the Customer Groups field in the project: {@code complete} when the field exists and
 * the permission scheme grants it Browse Projects and Add Comments; {@code adminsReady} when the Customer Admins
 * field exists and the scheme grants it Browse Projects ("User custom field value"); the parts as in
 * {@link SharingSetupDto}.
 */
public record AccessSetupDto(boolean complete, String fieldId, String fieldName, String schemeName,
                             boolean browseGranted, boolean addCommentsGranted, boolean adminsReady,
                             String adminsFieldName) {

    public static AccessSetupDto from(SharingSetup s) {
        return new AccessSetupDto(s.ready(), s.fieldId(), s.fieldName(), s.schemeName(), s.browseGranted(),
                s.addCommentsGranted(), s.adminsReady(), s.adminsFieldName());
    }
}
