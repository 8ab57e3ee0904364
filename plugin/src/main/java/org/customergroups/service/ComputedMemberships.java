package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
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
        return change(group, users, true, cause, actor);
    }

    /** Removes the users from the group; returns those who were members, each recorded MEMBER_REMOVED. */
    List<UserSummary> leave(CustomerGroup group, List<UserSummary> users, AuditCause cause, String actor) {
        return change(group, users, false, cause, actor);
    }

    private List<UserSummary> change(CustomerGroup group, List<UserSummary> users, boolean joined, AuditCause cause,
                                     String actor) {
        if (users.isEmpty()) {
            return List.of();
        }
        return ownChanges.during(group.id(), users.stream().map(UserSummary::key).toList(), joined, () -> {
            List<UserSummary> changed = new ArrayList<>();
            for (UserSummary u : users) {
                boolean did = joined ? directory.addMember(group.name(), u.username())
                        : directory.removeMember(group.name(), u.username());
                if (did) {
                    changed.add(u);
                }
            }
            Instant now = clock.instant();
            AuditAction action = joined ? AuditAction.MEMBER_ADDED : AuditAction.MEMBER_REMOVED;
            audit.recordAll(changed.stream()
                    .map(u -> AuditEntry.of(action, cause, actor, now).group(group.id(), group.name()).user(u.key())
                            .build())
                    .toList());
            return changed;
        });
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

    /** Collects one page of a list that is only walked, never held: counts everything, keeps the slice. */
    static final class Slice {
        private final PageRequest request;
        private final List<UserSummary> values = new ArrayList<>();
        private long total;

        Slice(PageRequest request) {
            this.request = request == null ? PageRequest.of(null, null) : request;
        }

        void offer(UserSummary user) {
            if (total >= request.start() && values.size() < request.limit()) {
                values.add(user);
            }
            total++;
        }

        Page<UserSummary> page() {
            return Page.of(request, total, values);
        }
    }
}
