package org.customergroups.rest.dto;

import org.customergroups.service.EmailStatus;

/** The caller's current e-mail address (null when none) and whether it is verified. */
public record EmailStatusDto(String email, boolean verified) {

    public static EmailStatusDto from(EmailStatus s) {
        return new EmailStatusDto(s.email(), s.verified());
    }
}
