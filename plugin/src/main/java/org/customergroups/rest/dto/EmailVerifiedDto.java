package org.customergroups.rest.dto;

/** Answer of {@code PUT /users/{username}/email-verified}: whether the user's current address is now verified. */
public record EmailVerifiedDto(String username, boolean verified) {
}
