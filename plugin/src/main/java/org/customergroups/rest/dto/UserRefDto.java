package org.customergroups.rest.dto;

import org.customergroups.domain.UserSummary;

/**
 * A user named by a record (who did it, whom it concerned, who shared): the key always, the username and display
 * name while the directory still knows the user (else null).
 */
public record UserRefDto(String key, String username, String displayName) {

    /** Null when {@code key} is null (the system); the key alone when the user is gone. */
    public static UserRefDto of(String key, UserSummary user) {
        if (user != null) {
            return new UserRefDto(user.key(), user.username(), user.displayName());
        }
        return key == null ? null : new UserRefDto(key, null, null);
    }
}
