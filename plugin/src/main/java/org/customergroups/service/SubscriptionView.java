package org.customergroups.service;

import org.customergroups.domain.Subscription;

/** A user's subscription, and whether it is the default of their account type (they never chose). */
public record SubscriptionView(Subscription subscription, boolean isDefault) {
}
