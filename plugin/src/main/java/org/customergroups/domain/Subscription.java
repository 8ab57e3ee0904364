package org.customergroups.domain;

import java.util.Objects;

/**
 * A user's "Shared with my customer groups" subscription. Users without a stored subscription get the default:
 * on for standard users and agents, off for reporter accounts ({@link #defaultFor}).
 */
public record Subscription(String userKey, boolean enabled, DeliveryMode mode) {

    public Subscription {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(mode, "mode");
    }

    public static Subscription defaultFor(String userKey, AccountType type) {
        return new Subscription(userKey, type == AccountType.STANDARD, DeliveryMode.IMMEDIATE);
    }
}
