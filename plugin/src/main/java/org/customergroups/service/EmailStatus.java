package org.customergroups.service;

/** A user's current e-mail address (null when none) and whether it is verified. */
public record EmailStatus(String email, boolean verified) {
}
