package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DeliveryMode;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.MailItem;
import org.customergroups.domain.Notice;
import org.customergroups.domain.NoticeKind;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.Subscription;
import org.customergroups.domain.TicketShare;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.DigestStore;
import org.customergroups.port.Issues;
import org.customergroups.port.Links;
import org.customergroups.port.MailOutbox;
import org.customergroups.port.MailTemplates;
import org.customergroups.port.Permissions;
import org.customergroups.port.ShareStore;
import org.customergroups.port.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Shared with my customer groups" mail: on ticket events, the subscribed members of the ticket's customer groups
 * get one mail each (or a digest entry). Never the actor, never twice for one event, never for internal comments.
 * Called by the host's event listeners and by {@link ShareService}; never throws into the caller: a failure is
 * logged, and one recipient's failure does not stop the others.
 * <p>
 * Recipients: members of the groups (read a page at a time, so a group of thousands is never held at once) whose
 * stored subscription, else the default of their account type, is on; with an e-mail address; standard users only
 * when they may browse the issue (a grant may be missing, or a security level may hide it). Reporter accounts see
 * shared tickets through the portal, so their membership of a shared group is their access.
 */
public final class NotificationService implements ShareNotices {

    /** Longest comment text a mail carries; the rest is on the ticket. */
    public static final int MAX_COMMENT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final ShareStore shares;
    private final CustomerGroupStore groups;
    private final Issues issues;
    private final Directory directory;
    private final Permissions permissions;
    private final SubscriptionStore subscriptions;
    private final DigestStore digests;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;
    private final Clock clock;

    public NotificationService(ShareStore shares, CustomerGroupStore groups, Issues issues, Directory directory,
                               Permissions permissions, SubscriptionStore subscriptions, DigestStore digests,
                               MailTemplates templates, MailOutbox outbox, Links links, Clock clock) {
        this.shares = shares;
        this.groups = groups;
        this.issues = issues;
        this.directory = directory;
        this.permissions = permissions;
        this.subscriptions = subscriptions;
        this.digests = digests;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    /** A ticket was created: members of the groups it is shared with by now (Auto-share, form) are told. */
    public void issueCreated(long issueId, String actorKey) {
        notify(issueId, actorKey, null, NoticeKind.CREATED, null, null, null);
    }

    /** A comment was added; {@code internal} (restricted to a group or role) comments notify nobody. */
    public void commented(long issueId, String actorKey, String body, boolean internal) {
        if (internal) {
            return;
        }
        notify(issueId, actorKey, null, NoticeKind.COMMENTED, cut(body), null, null);
    }

    /**
     * The ticket's status changed; {@code publicComment} is the public comment made with the transition (null when
     * there was none or it was internal), told in the same mail: one event, one mail.
     */
    public void statusChanged(long issueId, String actorKey, String fromStatus, String toStatus,
                              String publicComment) {
        notify(issueId, actorKey, null, NoticeKind.STATUS_CHANGED, cut(publicComment), fromStatus, toStatus);
    }

    /** The ticket was newly shared with these groups (by an agent): their members are told. */
    @Override
    public void shared(long issueId, String actorKey, Collection<Long> groupIds) {
        Set<Long> ids = groupIds == null ? new HashSet<>() : new HashSet<>(groupIds);
        ids.remove(null);
        if (!ids.isEmpty()) {
            notify(issueId, actorKey, ids, NoticeKind.SHARED, null, null, null);
        }
    }

    /** {@code onlyGroups} null = every group the ticket is shared with. */
    private void notify(long issueId, String actorKey, Set<Long> onlyGroups, NoticeKind kind, String comment,
                        String fromStatus, String toStatus) {
        try {
            IssueRef issue = issues.byId(issueId).orElse(null);
            if (issue == null) {
                return;
            }
            List<String> groupNames = groupsToTell(issueId, onlyGroups);
            if (groupNames.isEmpty()) {
                return;
            }
            String actorName = actorKey == null ? null
                    : directory.userByKey(actorKey).map(UserSummary::displayName).orElse(null);
            String summary = issues.summaryOf(issueId).orElse("");
            Instant at = clock.instant();
            Event event = new Event(issue, actorKey, new HashSet<>());
            for (String groupName : groupNames) {
                Notice notice = new Notice(kind, issueId, issue.key(), summary, actorName, comment, fromStatus,
                        toStatus, kind == NoticeKind.SHARED ? groupName : null, at);
                try {
                    tellMembers(event, groupName, notice);
                } catch (RuntimeException e) {
                    // E.g. the Jira group is gone: the other groups' members are still told.
                    LOG.warn("Customer Groups: could not notify the members of group {} of {} on issue {}",
                            groupName, kind, issue.key(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Customer Groups: {} notifications for issue {} failed", kind, issueId, e);
        }
    }

    /**
     * Names of the groups whose members hear of the event, by name. For a share, only the given groups, and only
     * while the ticket still is shared with them (a quick unshare tells nobody).
     */
    private List<String> groupsToTell(long issueId, Set<Long> onlyGroups) {
        List<TicketShare> ofIssue = shares.ofIssue(issueId);
        if (onlyGroups == null) {
            return ofIssue.stream().map(TicketShare::groupName).distinct().toList();
        }
        Set<Long> stillShared = ofIssue.stream().map(TicketShare::groupId).collect(Collectors.toSet());
        return groups.findByIds(onlyGroups).stream()
                .filter(g -> stillShared.contains(g.id()))
                .map(CustomerGroup::name)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** One event: who did it, and who has been considered already (each user once, whatever their groups). */
    private record Event(IssueRef issue, String actorKey, Set<String> seen) {
    }

    private void tellMembers(Event event, String groupName, Notice notice) {
        int start = 0;
        while (true) {
            Page<UserSummary> page = directory.members(groupName, null, new PageRequest(start, PageRequest.MAX_LIMIT));
            List<UserSummary> fresh = new ArrayList<>();
            for (UserSummary u : page.values()) {
                if (u.key() != null && !u.key().equals(event.actorKey()) && event.seen().add(u.key())) {
                    fresh.add(u);
                }
            }
            if (!fresh.isEmpty()) {
                Map<String, Subscription> stored = subscriptions.findAll(fresh.stream().map(UserSummary::key).toList());
                for (UserSummary u : fresh) {
                    Subscription s = stored.getOrDefault(u.key(), Subscription.defaultFor(u.key(), u.type()));
                    if (s.enabled()) {
                        tell(event.issue(), u, s.mode(), notice);
                    }
                }
            }
            start += page.values().size();
            if (page.values().isEmpty() || start >= page.total()) {
                return;
            }
        }
    }

    private void tell(IssueRef issue, UserSummary user, DeliveryMode mode, Notice notice) {
        try {
            if (user.email() == null || user.email().isBlank()) {
                return;
            }
            if (user.type() != AccountType.REPORTER && !permissions.canBrowseIssue(user.key(), issue.id())) {
                return;
            }
            if (mode == DeliveryMode.DIGEST) {
                digests.add(user.key(), notice);
            } else {
                outbox.send(templates.notice(user, new MailItem(notice, linkFor(links, user, issue.key()))));
            }
        } catch (RuntimeException e) {
            LOG.warn("Customer Groups: could not notify user {} of {} on issue {}", user.key(), notice.kind(),
                    issue.key(), e);
        }
    }

    /** Reporter accounts cannot open Jira's issue view: they get the portal page. */
    static String linkFor(Links links, UserSummary user, String issueKey) {
        return user.type() == AccountType.REPORTER ? links.portalRequest(issueKey) : links.issue(issueKey);
    }

    /** The comment as a mail carries it: at most {@link #MAX_COMMENT} characters, never half a surrogate pair. */
    static String cut(String text) {
        if (text == null || text.length() <= MAX_COMMENT) {
            return text;
        }
        int end = MAX_COMMENT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
