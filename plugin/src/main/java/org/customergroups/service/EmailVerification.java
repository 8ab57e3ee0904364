package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;
import org.customergroups.port.Links;
import org.customergroups.port.MailOutbox;
import org.customergroups.port.MailTemplates;
import org.customergroups.port.Permissions;
import org.customergroups.port.SettingsStore;
import org.customergroups.port.UserProfiles;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * What verifies an e-mail address: the user opened a link mailed to that address (a signed token that names
 * the user and the address and expires after 24 hours), or a Jira admin marked it verified. Either sets the
 * user property UserProfile.VERIFIED_EMAIL_PROPERTY to the address and reconciles the user (Verified Customers).
 *
 * <p>The token is {@code base64url(username|email|expiry)} + "." + {@code base64url(HMAC-SHA256)}, username and
 * e-mail URL-encoded inside (so a '|' in either cannot shift the fields), expiry in epoch seconds. The HMAC key is a
 * random 32-byte secret kept in the settings ({@link #SECRET_SETTING}), created on first use. The token is the
 * proof: opening the link needs no sign-in, and a token only ever verifies the address it names for the user it
 * names, and only while that is still the user's address.
 */
public final class EmailVerification {

    public static final String SECRET_SETTING = "emailVerification.secret";
    public static final Duration VALIDITY = Duration.ofHours(24);
    /** At most one verification mail per user in this time (the profile button could otherwise mail-bomb). */
    public static final Duration RESEND_AFTER = Duration.ofMinutes(5);
    /**
     * Prefix of the setting that holds when and to which address a user's last verification mail was sent
     * ("epoch-seconds address"), followed by the user key. In the settings (the database), not a user property:
     * every cluster node reads the same value, and rules, which read user properties, never see it. Removed again
     * when the address is verified. A changed address may be mailed at once (e.g. a typo corrected).
     */
    static final String LAST_SENT_SETTING = "emailVerification.lastSent.";
    /** Longer tokens are refused before any decoding (a real one is far shorter). */
    static final int MAX_TOKEN = 2048;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Directory directory;
    private final UserProfiles profiles;
    private final SettingsStore settings;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;
    private final Reconciler reconciler;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public EmailVerification(Directory directory, UserProfiles profiles, SettingsStore settings,
                             MailTemplates templates, MailOutbox outbox, Links links, Reconciler reconciler,
                             Permissions permissions, AuditTrail audit, Clock clock) {
        this.directory = directory;
        this.profiles = profiles;
        this.settings = settings;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.reconciler = reconciler;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's current address and whether it is verified (401 when not signed in). */
    public EmailStatus status(String actor) {
        UserSummary user = signedIn(actor);
        return new EmailStatus(blankToNull(user.email()), isVerified(user.username()));
    }

    /**
     * Mails a verification link to the actor's current address (409 when already verified, 400 when none, 409 again
     * when the last link was mailed less than {@link #RESEND_AFTER} ago, saying when to ask again). Two requests on
     * two nodes in the same instant may both send: the limit is against repeated requests, not a lock.
     */
    public void request(String actor) {
        UserSummary user = signedIn(actor);
        String email = blankToNull(user.email());
        if (email == null) {
            throw DomainException.invalid(null, "cg.error.verify.no.email");
        }
        if (isVerified(user.username())) {
            throw DomainException.conflict("cg.error.verify.already", email);
        }
        Instant now = clock.instant();
        String sentSetting = LAST_SENT_SETTING + user.key();
        Optional<Instant> again = settings.get(sentSetting).flatMap(v -> lastSent(v, email))
                .map(sent -> sent.plus(RESEND_AFTER)).filter(now::isBefore);
        if (again.isPresent()) {
            long minutes = Math.max(1, (Duration.between(now, again.get()).getSeconds() + 59) / 60);
            throw DomainException.conflict("cg.error.verify.too.soon", email, minutes);
        }
        long expiry = now.plus(VALIDITY).getEpochSecond();
        outbox.send(templates.emailVerification(user, links.verifyEmail(token(user.username(), email, expiry))));
        settings.put(sentSetting, now.getEpochSecond() + " " + email.toLowerCase(Locale.ROOT));
    }

    /** When the last mail went to {@code email}; empty when it went to another address or the value is unreadable. */
    private static Optional<Instant> lastSent(String value, String email) {
        String[] parts = value.strip().split(" ", 2);
        try {
            return parts.length == 2 && sameAddress(parts[1], email)
                    ? Optional.of(Instant.ofEpochSecond(Long.parseLong(parts[0])))
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable: as if none was sent
        }
    }

    /** Confirms a token from the link; returns the username verified. 400 for a bad, expired or stale token. */
    public String confirm(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            throw DomainException.invalid("token", "cg.error.verify.token.invalid");
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 2) {
            throw DomainException.invalid("token", "cg.error.verify.token.invalid");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = B64D.decode(parts[0]);
            signature = B64D.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("token", "cg.error.verify.token.invalid");
        }
        if (!MessageDigest.isEqual(signature, hmac(payload))) {
            throw DomainException.invalid("token", "cg.error.verify.token.invalid");
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (fields.length != 3) {
            throw DomainException.invalid("token", "cg.error.verify.token.invalid");
        }
        String username = URLDecoder.decode(fields[0], StandardCharsets.UTF_8);
        String email = URLDecoder.decode(fields[1], StandardCharsets.UTF_8);
        long expiry;
        try {
            expiry = Long.parseLong(fields[2]);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("token", "cg.error.verify.token.invalid");
        }
        if (clock.instant().getEpochSecond() > expiry) {
            throw DomainException.invalid("token", "cg.error.verify.token.expired");
        }
        Optional<UserProfile> profile = profiles.byName(username);
        if (profile.isEmpty() || !sameAddress(profile.get().user().email(), email)) {
            // The address changed (or the user is gone) since the mail was sent: the link proves nothing now.
            throw DomainException.invalid("token", "cg.error.verify.token.stale");
        }
        UserProfile user = profile.get();
        if (!user.emailVerified()) {
            mark(user.user().key(), user, true);
        }
        settings.put(LAST_SENT_SETTING + user.user().key(), null);
        return user.user().username();
    }

    /** A Jira admin marks a user's current address verified, or removes the mark. */
    public void set(String actor, String username, boolean verified) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        if (!permissions.isJiraAdmin(actor)) {
            throw DomainException.forbidden("cg.error.verify.set.forbidden");
        }
        UserSummary summary = Lookups.user(directory, username);
        UserProfile user = profiles.byName(summary.username())
                .orElseThrow(() -> DomainException.notFound("cg.error.user.not.found", username));
        if (verified && blankToNull(user.user().email()) == null) {
            throw DomainException.invalid("verified", "cg.error.verify.no.email.user", user.user().username());
        }
        if (user.emailVerified() != verified) {
            mark(actor, user, verified);
        }
    }

    /** Whether the user's current address is verified (for the profile panel and the portal). */
    public boolean isVerified(String username) {
        return username != null && profiles.byName(username).map(UserProfile::emailVerified).orElse(false);
    }

    /** Sets or clears the property, records it and brings Verified Customers in step for this user. */
    private void mark(String actor, UserProfile user, boolean verified) {
        String email = user.user().email().strip();
        profiles.setProperty(user.user().username(), UserProfile.VERIFIED_EMAIL_PROPERTY, verified ? email : null);
        audit.record(AuditEntry.of(AuditAction.EMAIL_VERIFIED, AuditCause.MANUAL, actor, clock.instant())
                .user(user.user().key())
                .change(verified ? null : "verified: " + email, verified ? "verified: " + email : null)
                .build());
        reconciler.reconcileUser(user.user().username(), false);
    }

    private UserSummary signedIn(String actor) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        return directory.userByKey(actor).orElseThrow(DomainException::notAuthenticated);
    }

    String token(String username, String email, long expiry) {
        byte[] payload = (URLEncoder.encode(username, StandardCharsets.UTF_8) + "|"
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "|" + expiry).getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payload) + "." + B64.encodeToString(hmac(payload));
    }

    private byte[] hmac(byte[] payload) {
        return hmacSha256(secret(), payload);
    }

    /**
     * HMAC-SHA256 (RFC 2104) over java.security's SHA-256: javax.crypto's Mac would bring javax into the services,
     * which the architecture keeps out of them. Keys up to the 64-byte block size (ours: 32 bytes).
     */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        if (key.length > 64) {
            throw new IllegalArgumentException("HMAC keys longer than the block size are not used here");
        }
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        MessageDigest sha = sha256();
        sha.update(inner);
        byte[] innerHash = sha.digest(message);
        sha.update(outer);
        return sha.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The signing secret, created on first use. Two nodes creating it at once: the one stored last wins and is
     * read back, so at worst a link mailed in that moment has to be requested again.
     */
    private byte[] secret() {
        Optional<byte[]> stored = settings.get(SECRET_SETTING).flatMap(EmailVerification::decodeSecret);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        settings.put(SECRET_SETTING, B64.encodeToString(fresh));
        return settings.get(SECRET_SETTING).flatMap(EmailVerification::decodeSecret).orElse(fresh);
    }

    private static Optional<byte[]> decodeSecret(String value) {
        try {
            byte[] bytes = B64D.decode(value);
            return bytes.length >= 32 ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameAddress(String current, String tokenEmail) {
        return current != null && !current.isBlank()
                && current.strip().toLowerCase(Locale.ROOT).equals(tokenEmail.strip().toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
