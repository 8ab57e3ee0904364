package org.customergroups.rest.dto;

/**
 * Body of {@code PUT /me/subscriptions}: a missing member keeps the current value. {@code mode} travels as a
 * string so an unknown value is a 400 naming the field.
 */
public record SubscriptionRequest(Boolean enabled, String mode) {
}
