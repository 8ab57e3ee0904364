package org.customergroups.rest.dto;

import org.customergroups.service.SubscriptionView;

/**
 * JSON of the caller's "Shared with my customer groups" subscription: {@code mode} is IMMEDIATE or DIGEST;
 * {@code isDefault} is true while the user has not chosen (the default of their account type applies).
 */
public record SubscriptionDto(boolean enabled, String mode, boolean isDefault) {

    public static SubscriptionDto from(SubscriptionView v) {
        return new SubscriptionDto(v.subscription().enabled(), v.subscription().mode().name(), v.isDefault());
    }
}
