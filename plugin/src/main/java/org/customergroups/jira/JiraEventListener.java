package org.customergroups.jira;

import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsDeletedEvent;
import com.atlassian.crowd.model.membership.MembershipType;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.service.AutoShare;
import org.customergroups.service.ShareCascade;
import org.customergroups.service.ShareUpkeep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Jira and Crowd events the sharing rules depend on, passed to the services:
 * <ul>
 *   <li>{@link IssueEvent} created: {@link AutoShare#onIssueCreated} (every create path fires it: UI, REST, e-mail,
 *       portal), with the acting user's key; deleted: {@link ShareUpkeep#onIssueDeleted}; any other issue event
 *       (updated, moved, a transition's generic or custom event): {@link ShareUpkeep#onIssueUpdated}, since the
 *       project or reporter may have changed.</li>
 *   <li>Crowd's membership-deleted events, plural {@link GroupMembershipsDeletedEvent} and the deprecated singular
 *       {@link GroupMembershipDeletedEvent}, for users ({@link MembershipType#GROUP_USER}) only:
 *       {@link ShareCascade#onMembershipsEnded}. Crowd emits both forms for one removal, one after the other, with
 *       the same data; each (directory, group, user) removal is handled once (see {@link RecentRemovals}). When
 *       handling the first report fails, its twin is handled instead (a second chance, then only the log).</li>
 * </ul>
 * A failure is logged and never thrown: it would otherwise reach Jira's event dispatch (and, for synchronous
 * events, the user action that fired it). Registered on Jira's {@link EventPublisher} by the Spring context's
 * {@code init-method} ({@link #register}) and removed by its {@code destroy-method} ({@link #unregister}).
 */
public class JiraEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(JiraEventListener.class);

    private final EventPublisher eventPublisher;
    private final AutoShare autoShare;
    private final ShareUpkeep shareUpkeep;
    private final ShareCascade shareCascade;
    private final RecentRemovals recentRemovals = new RecentRemovals(RecentRemovals.CAPACITY);

    public JiraEventListener(EventPublisher eventPublisher, AutoShare autoShare, ShareUpkeep shareUpkeep,
                             ShareCascade shareCascade) {
        this.eventPublisher = eventPublisher;
        this.autoShare = autoShare;
        this.shareUpkeep = shareUpkeep;
        this.shareCascade = shareCascade;
    }

    /** Spring {@code init-method}. */
    public void register() {
        eventPublisher.register(this);
    }

    /** Spring {@code destroy-method}. */
    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            Issue issue = event.getIssue();
            Long type = event.getEventTypeId();
            Long issueId = issue == null ? null : issue.getId();
            if (type == null || issueId == null) {
                return;
            }
            if (type.equals(EventType.ISSUE_CREATED_ID)) {
                ApplicationUser actor = event.getUser();
                autoShare.onIssueCreated(issueId, actor == null ? null : actor.getKey());
            } else if (type.equals(EventType.ISSUE_DELETED_ID)) {
                shareUpkeep.onIssueDeleted(issueId);
            } else {
                // Not only ISSUE_UPDATED and ISSUE_MOVED: a workflow transition can change the reporter and fires a
                // generic or custom event. The upkeep writes only when the copies differ (one indexed read).
                shareUpkeep.onIssueUpdated(issueId);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Customer Groups: handling an issue event failed; the issue's shares may need attention", e);
        }
    }

    @EventListener
    public void onMembershipsDeleted(GroupMembershipsDeletedEvent event) {
        try {
            if (event.getMembershipType() == MembershipType.GROUP_USER) {
                membershipsEnded(Form.PLURAL, event.getDirectoryId(), event.getGroupName(), event.getEntityNames());
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Customer Groups: handling a membership-deleted event failed", e);
        }
    }

    /** The deprecated singular form, which Crowd emits as well (and alone, in Crowd before 5.0.4). */
    @SuppressWarnings("deprecation")
    @EventListener
    public void onMembershipDeleted(GroupMembershipDeletedEvent event) {
        try {
            if (event.getMembershipType() == MembershipType.GROUP_USER) {
                membershipsEnded(Form.SINGULAR, event.getDirectoryId(), event.getGroupName(),
                        event.getEntityName() == null ? List.of() : List.of(event.getEntityName()));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Customer Groups: handling a membership-deleted event failed", e);
        }
    }

    private void membershipsEnded(Form form, Long directoryId, String groupName, Collection<String> usernames) {
        if (groupName == null || usernames == null || usernames.isEmpty()) {
            return;
        }
        List<String> fresh = new ArrayList<>(usernames.size());
        Set<Removal> handled = new LinkedHashSet<>();
        for (String username : usernames) {
            Removal removal = username == null ? null : new Removal(directoryId, groupName, username);
            // A name listed twice in one event (Crowd names ignore case) is one removal, not a removal and its twin.
            if (removal != null && !handled.contains(removal) && recentRemovals.firstOfPair(form, removal)) {
                fresh.add(username);
                handled.add(removal);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try {
            shareCascade.onMembershipsEnded(groupName, fresh, null);
        } catch (RuntimeException | LinkageError e) {
            // Not handled after all: let the other form's report of the same removals try again.
            handled.forEach(r -> recentRemovals.forget(form, r));
            throw e;
        }
    }

    /** Which of Crowd's two membership-deleted events reported a removal. */
    enum Form { PLURAL, SINGULAR }

    /** One user leaving one group of one directory; Crowd names are case-insensitive. */
    record Removal(Long directoryId, String groupName, String username) {
        Removal {
            groupName = groupName.toLowerCase(Locale.ROOT);
            username = username.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Pairs the two reports of one removal. The first report of a removal is handled and remembered with its form;
     * a report of the <em>other</em> form for a remembered removal is its twin: it is dropped, and the removal is
     * forgotten. A second report of the <em>same</em> form is a new removal (the user was added and removed again)
     * and is handled. So when only one form is emitted (older Crowd) nothing is ever dropped, and when both are, in
     * either order, each removal is handled once. Removals whose twin never comes are forgotten oldest first beyond
     * {@link #CAPACITY}. Thread-safe: Jira may deliver the two events on different threads.
     */
    static final class RecentRemovals {

        /** More removals than one directory synchronisation's pending twins. */
        static final int CAPACITY = 10_000;

        private final int capacity;
        private final Map<Removal, Form> awaitingTwin = new LinkedHashMap<>();

        RecentRemovals(int capacity) {
            this.capacity = capacity;
        }

        /** True when this report is the first of its removal (handle it), false when it is the twin (drop it). */
        synchronized boolean firstOfPair(Form form, Removal removal) {
            Form earlier = awaitingTwin.get(removal);
            if (earlier != null && earlier != form) {
                awaitingTwin.remove(removal);
                return false;
            }
            awaitingTwin.remove(removal);
            awaitingTwin.put(removal, form);
            Iterator<Removal> oldest = awaitingTwin.keySet().iterator();
            while (awaitingTwin.size() > capacity && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
            return true;
        }

        /** Forgets a removal this form reported (its handling failed), so that its twin is handled instead. */
        synchronized void forget(Form form, Removal removal) {
            awaitingTwin.remove(removal, form);
        }

        synchronized int size() {
            return awaitingTwin.size();
        }
    }
}
