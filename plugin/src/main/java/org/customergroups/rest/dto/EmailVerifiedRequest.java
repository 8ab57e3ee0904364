package org.customergroups.rest.dto;

/** Body of {@code PUT /users/{username}/email-verified}. */
public record EmailVerifiedRequest(Boolean verified) {
}
