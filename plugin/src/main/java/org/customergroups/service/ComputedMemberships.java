package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;
import org.customergroups.port.UserProfiles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the reconciler and auto-join share: walking every user page by page, changing a group's members in the
 * host directory with the change marked in {@link OwnMembershipChanges} (so the host's echo is not recorded a
 * second time), one audit write per batch, and the auto-join domain test. No permission checks here.
 */
final class ComputedMemberships {

    private final Directory directory;
    private final AuditTrail audit;
    private final OwnMembershipChanges ownChanges;
    private final Clock clock;

    ComputedMemberships(Directory directory, AuditTrail audit, OwnMembershipChanges ownChanges, Clock clock) {
        this.directory = directory;
        this.audit = audit;
        this.ownChanges = ownChanges;
        this.clock = clock;
    }

    /** Adds the users to the group; returns those who were not members yet, each recorded MEMBER_ADDED. */
    List<UserSummary> join(CustomerGroup group, List<UserSummary> users, AuditCause cause, String actor) {
        return change(group, users, true, cause, actor, changed -> { });
    }

    /**
     * Removes the users from the group, each recorded MEMBER_REMOVED, and hands those who were members to
     * {@code whenLeft}: also when the host fails part-way, so that who did leave still loses the group from their
     * tickets (the next pass no longer sees them as members and would never cascade them). Returns them too.
     */
    List<UserSummary> leave(CustomerGroup group, List<UserSummary> users, AuditCause cause, String actor,
                            Consumer<List<UserSummary>> whenLeft) {
        return change(group, users, false, cause, actor, whenLeft);
    }

    private List<UserSummary> change(CustomerGroup group, List<UserSummary> users, boolean joined, AuditCause cause,
                                     String actor, Consumer<List<UserSummary>> afterwards) {
        if (users.isEmpty()) {
            return List.of();
        }
        return ownChanges.during(group.id(), users.stream().map(UserSummary::key).toList(), joined, () -> {
            List<UserSummary> changed = new ArrayList<>();
            try {
                for (UserSummary u : users) {
                    if (changeOne(group, u, joined)) {
                        changed.add(u);
                    }
                }
            } finally {
                // Also when the host fails part-way: what did change is recorded (its echo is skipped as our own).
                Instant now = clock.instant();
                AuditAction action = joined ? AuditAction.MEMBER_ADDED : AuditAction.MEMBER_REMOVED;
                audit.recordAll(changed.stream()
                        .map(u -> AuditEntry.of(action, cause, actor, now).group(group.id(), group.name())
                                .user(u.key()).build())
                        .toList());
                if (!changed.isEmpty()) {
                    afterwards.accept(changed);
                }
            }
            return changed;
        });
    }

    /** One membership change; a user deleted since their page was read is skipped, not a failure of the batch. */
    private boolean changeOne(CustomerGroup group, UserSummary u, boolean joined) {
        try {
            return joined ? directory.addMember(group.name(), u.username())
                    : directory.removeMember(group.name(), u.username());
        } catch (DomainException e) {
            if (directory.userByName(u.username()).isPresent()) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Every active user, {@code pageSize} at a time in username order, handed to {@code perPage}; only one page
     * is held at a time. Returns how many users were read.
     */
    static long scan(UserProfiles users, int pageSize, Consumer<List<UserProfile>> perPage) {
        long scanned = 0;
        String after = null;
        while (true) {
            List<UserProfile> page = users.page(after, pageSize);
            if (page.isEmpty()) {
                return scanned;
            }
            scanned += page.size();
            perPage.accept(page);
            if (page.size() < pageSize) {
                return scanned;
            }
            after = page.get(page.size() - 1).user().username().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the e-mail address's domain (after the last '@', ignoring case) is one of {@code domains}. */
    static boolean inDomains(String email, List<String> domains) {
        if (email == null || domains.isEmpty()) {
            return false;
        }
        int at = email.lastIndexOf('@');
        return at >= 0 && domains.contains(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
    }
}
