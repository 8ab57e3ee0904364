package org.customergroups.rest.dto;

import org.customergroups.domain.UserSummary;

/** The user an access explanation is about; {@code type} REPORTER (portal only) or STANDARD. */
public record AccessUserDto(String key, String username, String displayName, String type) {

    public static AccessUserDto from(UserSummary u) {
        return new AccessUserDto(u.key(), u.username(), u.displayName(), u.type() == null ? null : u.type().name());
    }
}
