package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.DeliveryMode;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.Subscription;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;
import org.customergroups.port.SubscriptionStore;

import java.time.Clock;

/**
 * The signed-in user's own "Shared with my customer groups" subscription. Users without a stored choice have the
 * default of their account type (on for standard users, off for reporter accounts).
 */
public final class SubscriptionService {

    private final SubscriptionStore store;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    public SubscriptionService(SubscriptionStore store, Directory directory, AuditTrail audit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public SubscriptionView get(String actor) {
        UserSummary user = signedIn(actor);
        return store.find(user.key())
                .map(s -> new SubscriptionView(s, false))
                .orElseGet(() -> new SubscriptionView(Subscription.defaultFor(user.key(), user.type()), true));
    }

    /**
     * Changes what is given ({@code null} keeps the current value). Any given value makes the choice the user's
     * own (no longer the default); the audit trail records actual changes only.
     */
    public SubscriptionView update(String actor, Boolean enabled, DeliveryMode mode) {
        SubscriptionView current = get(actor);
        if (enabled == null && mode == null) {
            return current;
        }
        Subscription before = current.subscription();
        Subscription after = new Subscription(before.userKey(), enabled == null ? before.enabled() : enabled,
                mode == null ? before.mode() : mode);
        store.save(after);
        if (!after.equals(before)) {
            audit.record(AuditEntry.of(AuditAction.SUBSCRIPTION_CHANGED, AuditCause.MANUAL, actor, clock.instant())
                    .user(after.userKey())
                    .change(describe(before), describe(after))
                    .build());
        }
        return new SubscriptionView(after, false);
    }

    /** As the audit trail shows it: "on, IMMEDIATE". */
    static String describe(Subscription s) {
        return (s.enabled() ? "on" : "off") + ", " + s.mode().name();
    }

    /** The actor as a user: 401 when anonymous, or when the session's user no longer exists. */
    private UserSummary signedIn(String actor) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        return directory.userByKey(actor).orElseThrow(DomainException::notAuthenticated);
    }
}
