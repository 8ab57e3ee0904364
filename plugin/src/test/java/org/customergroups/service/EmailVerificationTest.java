package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.UserProfile;
import org.customergroups.port.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.customergroups.service.Problems.assertInvalid;
import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verified e-mail addresses: the mailed link, its token's checks, Jira admins' marks and Verified Customers. */
class EmailVerificationTest {

    private ServiceFixture f;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        f.defaultGroups.ensure();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The token of the last mailed link. */
    private String mailedToken() {
        List<OutgoingMail> sent = f.outbox.sent();
        String link = sent.get(sent.size() - 1).htmlBody();
        String prefix = f.links.verifyEmail("");
        assertTrue(link.startsWith(prefix), link);
        return URLDecoder.decode(link.substring(prefix.length()), StandardCharsets.UTF_8);
    }

    private EmailVerification at(java.time.Instant now) {
        return new EmailVerification(f.host.directory, f.host.userProfiles, f.settingsStore, f.mailTemplates,
                f.outbox, f.links, f.reconciler, f.host.permissions, f.auditTrail, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theMailedLinkVerifiesTheAddressAndJoinsVerifiedCustomers() {
        assertEquals(new EmailStatus("alice@acme.example", false), f.emailVerification.status(ALICE));

        f.emailVerification.request(ALICE);

        OutgoingMail mail = f.outbox.sent().get(0);
        assertEquals("alice@acme.example", mail.toAddress());
        assertEquals("VERIFY", mail.subject());
        assertFalse(f.emailVerification.isVerified("alice"));
        int before = f.trail().size();

        assertEquals("alice", f.emailVerification.confirm(mailedToken()));

        assertTrue(f.emailVerification.isVerified("alice"));
        assertEquals("alice@acme.example",
                f.host.userProfiles.properties("alice").get(UserProfile.VERIFIED_EMAIL_PROPERTY));
        assertTrue(f.host.directory.isMember("Verified Customers", "alice"));
        assertFalse(f.host.directory.isMember("Verified Customers", "bob"));
        List<AuditEntry> written = f.trailSince(before);
        AuditEntry verified = written.get(0);
        assertEquals(AuditAction.EMAIL_VERIFIED, verified.action());
        assertEquals(ALICE, verified.actorKey());
        assertEquals(ALICE, verified.userKey());
        assertEquals("verified: alice@acme.example", verified.after());
        assertTrue(written.stream().anyMatch(e -> e.action() == AuditAction.MEMBER_ADDED
                && "Verified Customers".equals(e.groupName())), written::toString);
        assertEquals(new EmailStatus("alice@acme.example", true), f.emailVerification.status(ALICE));

        // Opening the link again is harmless, and asking again is a conflict.
        int after = f.trail().size();
        assertEquals("alice", f.emailVerification.confirm(mailedToken()));
        assertEquals(after, f.trail().size());
        assertProblem(ProblemKind.CONFLICT, "cg.error.verify.already", () -> f.emailVerification.request(ALICE));
    }

    @Test
    void aChangedAddressIsNoLongerVerifiedAndAnOldLinkIsStale() {
        f.emailVerification.request(ALICE);
        String token = mailedToken();
        f.host.directory.addUser("alice", "Alice Anders", "alice@new.example", AccountType.REPORTER);

        assertInvalid("token", "cg.error.verify.token.stale", () -> f.emailVerification.confirm(token));
        assertFalse(f.emailVerification.isVerified("alice"));

        f.emailVerification.request(ALICE);
        f.emailVerification.confirm(mailedToken());
        assertTrue(f.emailVerification.isVerified("alice"));
        f.host.directory.addUser("alice", "Alice Anders", "alice@newer.example", AccountType.REPORTER);
        assertFalse(f.emailVerification.isVerified("alice"));
    }

    @Test
    void expiredTamperedAndMalformedTokensAreRefused() {
        f.emailVerification.request(ALICE);
        String token = mailedToken();

        assertInvalid("token", "cg.error.verify.token.expired", () -> at(ServiceFixture.NOW
                .plus(EmailVerification.VALIDITY).plusSeconds(1)).confirm(token));
        // At the last second it still works (checked on a copy so the main one stays unverified).
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("alice", "bob").replace("bob%40acme", "bob%40acme").getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];
        for (String bad : List.of("", "   ", "abc", "a.b.c", forged, token + "x", parts[0] + ".", "!!!.???",
                "x".repeat(5000))) {
            assertInvalid("token", "cg.error.verify.token.invalid", () -> f.emailVerification.confirm(bad));
        }
        assertInvalid("token", "cg.error.verify.token.invalid", () -> f.emailVerification.confirm(null));
        assertFalse(f.emailVerification.isVerified("alice"));
        assertFalse(f.emailVerification.isVerified("bob"));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        f.emailVerification.request(ALICE);
        String token = mailedToken();
        SettingsStore settings = f.settingsStore;
        String secret = settings.get(EmailVerification.SECRET_SETTING).orElseThrow();
        settings.put(EmailVerification.SECRET_SETTING, null);
        at(ServiceFixture.NOW.plus(EmailVerification.RESEND_AFTER)).request(ALICE);
        assertNotEquals(secret, settings.get(EmailVerification.SECRET_SETTING).orElseThrow());

        assertInvalid("token", "cg.error.verify.token.invalid", () -> f.emailVerification.confirm(token));
        assertEquals("alice", f.emailVerification.confirm(mailedToken()));
    }

    @Test
    void theHmacIsRfc4231s() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        byte[] mac = EmailVerification.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                java.util.HexFormat.of().formatHex(mac));
    }

    @Test
    void oneMailPerUserAndAddressEveryFiveMinutes() {
        f.emailVerification.request(ALICE);
        java.time.Instant soon = ServiceFixture.NOW.plus(EmailVerification.RESEND_AFTER).minusSeconds(1);

        // Again at once, and a second before the five minutes are up (other nodes read the same setting): 409.
        assertProblem(ProblemKind.CONFLICT, "cg.error.verify.too.soon", () -> f.emailVerification.request(ALICE));
        assertProblem(ProblemKind.CONFLICT, "cg.error.verify.too.soon", () -> at(soon).request(ALICE));
        // Bob is not held up by Alice.
        f.emailVerification.request("key-bob");
        assertEquals(2, f.outbox.sent().size());

        // After five minutes she may; a changed address may be mailed at once.
        at(ServiceFixture.NOW.plus(EmailVerification.RESEND_AFTER)).request(ALICE);
        assertEquals(3, f.outbox.sent().size());
        f.host.directory.addUser("alice", "Alice Anders", "alice@new.example", AccountType.REPORTER);
        at(ServiceFixture.NOW.plus(EmailVerification.RESEND_AFTER)).request(ALICE);
        assertEquals("alice@new.example", f.outbox.sent().get(3).toAddress());
    }

    @Test
    void theRefusalSaysWhenToAskAgain() {
        f.emailVerification.request(ALICE);
        org.customergroups.domain.DomainException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.customergroups.domain.DomainException.class,
                () -> at(ServiceFixture.NOW.plusSeconds(61)).request(ALICE));
        assertEquals(List.of("alice@acme.example", 4L), e.arguments());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.customergroups.domain.DomainException.class,
                () -> at(ServiceFixture.NOW.plusSeconds(290)).request(ALICE));
        assertEquals(List.of("alice@acme.example", 1L), e.arguments());
        // Verifying clears the record.
        f.emailVerification.confirm(mailedToken());
        assertTrue(f.settingsStore.get(EmailVerification.LAST_SENT_SETTING + ALICE).isEmpty());
    }

    @Test
    void requestNeedsASignedInUserWithAnAddress() {
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.emailVerification.request(null));
        f.host.directory.addUser("dave", "Dave", " ", AccountType.REPORTER);
        assertInvalid(null, "cg.error.verify.no.email", () -> f.emailVerification.request("key-dave"));
        assertEquals(new EmailStatus(null, false), f.emailVerification.status("key-dave"));
        assertTrue(f.outbox.sent().isEmpty());
    }

    @Test
    void jiraAdminsMarkAddressesVerifiedOrNot() {
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.verify.set.forbidden",
                () -> f.emailVerification.set(LEAD, "bob", true));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.user.not.found",
                () -> f.emailVerification.set(ADMIN, "nobody", true));
        int before = f.trail().size();

        f.emailVerification.set(ADMIN, "bob", true);
        assertTrue(f.emailVerification.isVerified("bob"));
        assertTrue(f.host.directory.isMember("Verified Customers", "bob"));
        f.emailVerification.set(ADMIN, "bob", true);

        f.emailVerification.set(ADMIN, "bob", false);
        assertFalse(f.emailVerification.isVerified("bob"));
        assertFalse(f.host.directory.isMember("Verified Customers", "bob"));

        List<AuditEntry> marks = f.trailSince(before).stream()
                .filter(e -> e.action() == AuditAction.EMAIL_VERIFIED).toList();
        assertEquals(2, marks.size(), marks::toString);
        assertEquals("verified: bob@acme.example", marks.get(0).after());
        assertEquals("verified: bob@acme.example", marks.get(1).before());
        assertTrue(marks.stream().allMatch(e -> ADMIN.equals(e.actorKey()) && "key-bob".equals(e.userKey())));

        f.host.directory.addUser("dave", "Dave", null, AccountType.REPORTER);
        assertInvalid("verified", "cg.error.verify.no.email.user", () -> f.emailVerification.set(ADMIN, "dave", true));
    }
}
