package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.Subscription;
import org.customergroups.port.SubscriptionStore;
import org.customergroups.store.ao.SubscriptionEntity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.customergroups.store.ao.SubscriptionEntity.DELIVERY_MODE;
import static org.customergroups.store.ao.SubscriptionEntity.ENABLED;
import static org.customergroups.store.ao.SubscriptionEntity.USER_KEY;

/**
 * Subscriptions in Active Objects: one row per user who changed the default; see {@link SubscriptionEntity}.
 * Lookups of many users are one query per {@link Ids#MAX_IN_LIST} keys on the unique {@code USER_KEY} index.
 */
public final class AoSubscriptionStore implements SubscriptionStore {

    private final ActiveObjects ao;

    public AoSubscriptionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Subscription> find(String userKey) {
        return userKey == null ? Optional.empty() : entity(userKey).map(AoSubscriptionStore::toRecord);
    }

    /** Users without a stored subscription are absent from the result; null and repeated keys are ignored. */
    @Override
    public Map<String, Subscription> findAll(Collection<String> userKeys) {
        Map<String, Subscription> result = new HashMap<>();
        for (List<String> batch : Ids.batches(userKeys)) {
            for (SubscriptionEntity e : ao.find(SubscriptionEntity.class, Query.select()
                    .where(USER_KEY + " IN (" + Ids.placeholders(batch.size()) + ")", batch.toArray()))) {
                result.put(e.getUserKey(), toRecord(e));
            }
        }
        return result;
    }

    /** Safe against a concurrent first save of the same user (see {@link Upserts}); last save wins. */
    @Override
    public void save(Subscription subscription) {
        String userKey = subscription.userKey();
        Upserts.upsert(
                () -> ao.executeInTransaction(() -> entity(userKey).map(e -> {
                    if (e.isEnabled() != subscription.enabled() || e.getDeliveryMode() != subscription.mode()) {
                        e.setEnabled(subscription.enabled());
                        e.setDeliveryMode(subscription.mode());
                        e.save();
                    }
                    return true;
                }).orElse(false)),
                () -> ao.executeInTransaction(() -> ao.create(SubscriptionEntity.class,
                        new DBParam(USER_KEY, userKey),
                        new DBParam(ENABLED, subscription.enabled()),
                        new DBParam(DELIVERY_MODE, subscription.mode()))),
                () -> entity(userKey).isPresent());
    }

    private Optional<SubscriptionEntity> entity(String userKey) {
        SubscriptionEntity[] found = ao.find(SubscriptionEntity.class,
                Query.select().where(USER_KEY + " = ?", userKey));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static Subscription toRecord(SubscriptionEntity e) {
        return new Subscription(e.getUserKey(), e.isEnabled(), e.getDeliveryMode());
    }
}
