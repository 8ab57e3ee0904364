package org.customergroups.rest.dto;

import org.customergroups.domain.UserSummary;

/** JSON of a user. {@code type} is REPORTER (no Jira access) or STANDARD. */
public record UserDto(String key, String username, String displayName, String email, String type) {

    public static UserDto from(UserSummary u) {
        return new UserDto(u.key(), u.username(), u.displayName(), u.email(), u.type() == null ? null : u.type().name());
    }
}
