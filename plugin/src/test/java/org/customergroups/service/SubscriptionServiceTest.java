package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.DeliveryMode;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.Subscription;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;

import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A user's own subscription through {@link SubscriptionService}, over the real subscription and audit stores. */
class SubscriptionServiceTest {

    private NotificationFixture f;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private List<AuditEntry> audit() {
        return f.auditStore.find(AuditQuery.all(), new PageRequest(0, 100)).values();
    }

    @Test
    void anonymousCallersAreRefused() {
        f = new NotificationFixture();
        String key = "cg.error.not.authenticated";
        assertProblem(ProblemKind.NOT_AUTHENTICATED, key, () -> f.subscriptions.get(null));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, key, () -> f.subscriptions.update(null, true, null));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, key, () -> f.subscriptions.get("key-nobody"));
        assertEquals(List.of(), audit());
    }

    @Test
    void withoutAStoredChoiceTheAccountTypeDecides() {
        f = new NotificationFixture();

        assertEquals(new SubscriptionView(new Subscription(STAFF, true, DeliveryMode.IMMEDIATE), true),
                f.subscriptions.get(STAFF));
        assertEquals(new SubscriptionView(new Subscription(ALICE, false, DeliveryMode.IMMEDIATE), true),
                f.subscriptions.get(ALICE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void partialUpdatesKeepTheOtherValueAndAreAudited(DatabaseConfig config) {
        f = new NotificationFixture(config);

        SubscriptionView digest = f.subscriptions.update(STAFF, null, DeliveryMode.DIGEST);
        assertEquals(new SubscriptionView(new Subscription(STAFF, true, DeliveryMode.DIGEST), false), digest);
        assertEquals(digest, f.subscriptions.get(STAFF));

        SubscriptionView off = f.subscriptions.update(STAFF, false, null);
        assertEquals(new SubscriptionView(new Subscription(STAFF, false, DeliveryMode.DIGEST), false), off);
        assertEquals(Optional.of(off.subscription()), f.subscriptionStore.find(STAFF));

        List<AuditEntry> audit = audit(); // newest first
        assertEquals(2, audit.size());
        AuditEntry last = audit.get(0);
        assertEquals(AuditAction.SUBSCRIPTION_CHANGED, last.action());
        assertEquals(AuditCause.MANUAL, last.cause());
        assertEquals(STAFF, last.actorKey());
        assertEquals(STAFF, last.userKey());
        assertEquals(NotificationFixture.NOW, last.at());
        assertEquals("on, DIGEST", last.before());
        assertEquals("off, DIGEST", last.after());
        assertEquals("on, IMMEDIATE", audit.get(1).before());
        assertEquals("on, DIGEST", audit.get(1).after());
    }

    @Test
    void aReporterAccountCanTurnMailOn() {
        f = new NotificationFixture();

        assertEquals(new SubscriptionView(new Subscription(ALICE, true, DeliveryMode.IMMEDIATE), false),
                f.subscriptions.update(ALICE, true, null));
        assertEquals("off, IMMEDIATE", audit().get(0).before());
        assertEquals("on, IMMEDIATE", audit().get(0).after());
    }

    @Test
    void confirmingTheDefaultStoresTheChoiceButAuditsNothing() {
        f = new NotificationFixture();

        SubscriptionView same = f.subscriptions.update(STAFF, true, DeliveryMode.IMMEDIATE);

        assertEquals(new SubscriptionView(new Subscription(STAFF, true, DeliveryMode.IMMEDIATE), false), same);
        assertEquals(same, f.subscriptions.get(STAFF));
        assertEquals(List.of(), audit());

        f.subscriptions.update(STAFF, true, null);
        assertEquals(List.of(), audit(), "no change, no entry");
    }

    @Test
    void anEmptyUpdateChangesNothing() {
        f = new NotificationFixture();

        assertEquals(new SubscriptionView(new Subscription(ALICE, false, DeliveryMode.IMMEDIATE), true),
                f.subscriptions.update(ALICE, null, null));
        assertEquals(Optional.empty(), f.subscriptionStore.find(ALICE));
        assertEquals(List.of(), audit());
    }
}
