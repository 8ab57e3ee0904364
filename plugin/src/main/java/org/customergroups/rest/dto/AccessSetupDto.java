package org.customergroups.rest.dto;

import org.customergroups.domain.SharingSetup;

/**
 * Whether Jira honours the Customer Groups field in the project: {@code complete} when the field exists and
 * the permission scheme grants it Browse Projects and Add Comments; the parts as in {@link SharingSetupDto}.
 */
public record AccessSetupDto(boolean complete, String fieldId, String fieldName, String schemeName,
                             boolean browseGranted, boolean addCommentsGranted) {

    public static AccessSetupDto from(SharingSetup s) {
        return new AccessSetupDto(s.ready(), s.fieldId(), s.fieldName(), s.schemeName(), s.browseGranted(),
                s.addCommentsGranted());
    }
}
