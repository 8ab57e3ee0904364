package org.customergroups.rest.dto;

import org.customergroups.domain.SharingSetup;

/**
 * JSON of {@code GET /projects/{key}/sharing-setup}: the Customer Groups field ({@code fieldId} null when there is
 * none), the project's permission scheme and whether it grants Browse Projects and Add Comments to the field;
 * {@code ready} when all three hold.
 */
public record SharingSetupDto(String fieldId, String fieldName, String schemeName, boolean browseGranted,
                              boolean addCommentsGranted, boolean ready) {

    public static SharingSetupDto from(SharingSetup s) {
        return new SharingSetupDto(s.fieldId(), s.fieldName(), s.schemeName(), s.browseGranted(),
                s.addCommentsGranted(), s.ready());
    }
}
