package org.customergroups.port;

import org.customergroups.domain.Subscription;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Stored "Shared with my customer groups" subscriptions; users without a row have the default. */
public interface SubscriptionStore {
    Optional<Subscription> find(String userKey);

    /** The stored subscriptions of these users (at most a page of members at a time), by user key. */
    Map<String, Subscription> findAll(Collection<String> userKeys);

    /** Inserts or replaces the user's subscription. */
    void save(Subscription subscription);
}
