package org.customergroups.jira;

import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsDeletedEvent;
import com.atlassian.crowd.model.membership.MembershipType;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.service.AutoShare;
import org.customergroups.service.NotificationService;
import org.customergroups.service.ShareCascade;
import org.customergroups.service.ShareUpkeep;
import org.ofbiz.core.entity.GenericValue;
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
 * Jira and Crowd events the sharing rules and the notifications depend on, passed to the services. The actor is the
 * event's user ({@link IssueEvent#getUser()}), by key; null when Jira gives none.
 * <ul>
 *   <li>{@link IssueEvent} created: {@link AutoShare#onIssueCreated} (every create path fires it: UI, REST, e-mail,
 *       portal), then {@link NotificationService#issueCreated}, so that the groups shared automatically are told;
 *       deleted: {@link ShareUpkeep#onIssueDeleted(long, String)}.</li>
 *   <li>Any other issue event (updated, moved, commented, a transition's generic or custom event):
 *       {@link ShareUpkeep#onIssueUpdated} first, since the project or reporter may have changed, then at most one
 *       notice: {@link NotificationService#statusChanged} when the event's change log has a {@code status} item
 *       (its {@code oldstring}/{@code newstring} are the status names); otherwise, for
 *       {@link EventType#ISSUE_COMMENTED_ID}, {@link NotificationService#commented} with the comment's body and
 *       whether it is internal (restricted to a group or a project role). One event gives one notice: a comment made
 *       with a transition is part of the status notice.</li>
 *   <li>Crowd's membership-deleted events, plural {@link GroupMembershipsDeletedEvent} and the deprecated singular
 *       {@link GroupMembershipDeletedEvent}, for users ({@link MembershipType#GROUP_USER}) only:
 *       {@link ShareCascade#onMembershipsEnded}, with the logged-in user as actor (null for a directory
 *       synchronisation). Crowd emits both forms for one removal, one after the other, with the same data; each
 *       (directory, group, user) removal is handled once (see {@link RecentRemovals}). When handling the first
 *       report fails, its twin is handled instead (a second chance, then only the log).</li>
 * </ul>
 * A failure is logged and never thrown: it would otherwise reach Jira's event dispatch (and, for synchronous
 * events, the user action that fired it). Each step of an issue event is guarded on its own, so a failing share
 * update does not cost the notice, nor the other way round. Registered on Jira's {@link EventPublisher} by the
 * Spring context's {@code init-method} ({@link #register}) and removed by its {@code destroy-method}
 * ({@link #unregister}).
 */
public class JiraEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(JiraEventListener.class);

    /** The relation of a change group (the event's change log) to its items, and the field name of a status item. */
    static final String CHANGE_ITEMS = "ChildChangeItem";
    static final String STATUS_FIELD = "status";

    private final EventPublisher eventPublisher;
    private final AutoShare autoShare;
    private final ShareUpkeep shareUpkeep;
    private final ShareCascade shareCascade;
    private final NotificationService notifications;
    private final JiraAuthenticationContext authenticationContext;
    private final RecentRemovals recentRemovals = new RecentRemovals(RecentRemovals.CAPACITY);

    public JiraEventListener(EventPublisher eventPublisher, AutoShare autoShare, ShareUpkeep shareUpkeep,
                             ShareCascade shareCascade, NotificationService notificationService,
                             JiraAuthenticationContext jiraAuthenticationContext) {
        this.eventPublisher = eventPublisher;
        this.autoShare = autoShare;
        this.shareUpkeep = shareUpkeep;
        this.shareCascade = shareCascade;
        this.notifications = notificationService;
        this.authenticationContext = jiraAuthenticationContext;
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
        Long type;
        Long issueId;
        try {
            Issue issue = event.getIssue();
            type = event.getEventTypeId();
            issueId = issue == null ? null : issue.getId();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Customer Groups: an issue event could not be read; the issue's shares may need attention", e);
            return;
        }
        if (type == null || issueId == null) {
            return;
        }
        long id = issueId;
        if (type.equals(EventType.ISSUE_CREATED_ID)) {
            String actor = actorKey(event);
            guarded("auto-share a created issue", () -> autoShare.onIssueCreated(id, actor));
            guarded("notify of a created issue", () -> notifications.issueCreated(id, actor));
        } else if (type.equals(EventType.ISSUE_DELETED_ID)) {
            String actor = actorKey(event);
            guarded("drop the shares of a deleted issue", () -> shareUpkeep.onIssueDeleted(id, actor));
        } else {
            // Not only ISSUE_UPDATED and ISSUE_MOVED: a workflow transition can change the reporter and fires a
            // generic or custom event. The upkeep writes only when the copies differ (one indexed read).
            guarded("keep the shares of an updated issue in step", () -> shareUpkeep.onIssueUpdated(id));
            guarded("notify of an issue change", () -> notifyChange(event, type, id));
        }
    }

    /** At most one notice per event: a status change carries the public comment that came with it. */
    private void notifyChange(IssueEvent event, Long type, long issueId) throws Exception {
        String actor = actorKey(event);
        StatusChange status = statusChange(event.getChangeLog());
        if (status != null) {
            Comment comment = event.getComment();
            String publicComment = comment == null || isInternal(comment) ? null : comment.getBody();
            notifications.statusChanged(issueId, actor, status.from(), status.to(), publicComment);
        } else if (type.equals(EventType.ISSUE_COMMENTED_ID)) {
            Comment comment = event.getComment();
            if (comment != null) {
                notifications.commented(issueId, actor, comment.getBody(), isInternal(comment));
            }
        }
    }

    /** A comment is internal when Jira restricts its visibility to a group or a project role. */
    static boolean isInternal(Comment comment) {
        String group = comment.getGroupLevel();
        return (group != null && !group.isBlank()) || comment.getRoleLevelId() != null;
    }

    /** The old and new status names of a change group; null when it has no status item (or no change group). */
    static StatusChange statusChange(GenericValue changeGroup) throws Exception {
        if (changeGroup == null) {
            return null;
        }
        List<GenericValue> items = changeGroup.getRelated(CHANGE_ITEMS);
        if (items == null) {
            return null;
        }
        for (GenericValue item : items) {
            if (item != null && STATUS_FIELD.equalsIgnoreCase(item.getString("field"))) {
                return new StatusChange(item.getString("oldstring"), item.getString("newstring"));
            }
        }
        return null;
    }

    /** A status change read from the change log: the names before and after. */
    record StatusChange(String from, String to) {
    }

    /** The key of the event's user; null when there is none or Jira cannot say (then logged). */
    private static String actorKey(IssueEvent event) {
        try {
            ApplicationUser actor = event.getUser();
            return actor == null ? null : actor.getKey();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Customer Groups: could not read the user of an issue event; handled without actor", e);
            return null;
        }
    }

    /** One step of handling an event; may throw Jira's checked exceptions. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static void guarded(String what, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            LOG.error("Customer Groups: failed to {} (from a Jira issue event); the issue's shares or notices may "
                    + "need attention", what, e);
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
            shareCascade.onMembershipsEnded(groupName, fresh, loggedInUserKey());
        } catch (RuntimeException | LinkageError e) {
            // Not handled after all: let the other form's report of the same removals try again.
            handled.forEach(r -> recentRemovals.forget(form, r));
            throw e;
        }
    }

    /** The user whose action removed the memberships; null for none (e.g. a directory synchronisation) or when unknown. */
    private String loggedInUserKey() {
        try {
            ApplicationUser user = authenticationContext.getLoggedInUser();
            return user == null ? null : user.getKey();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Customer Groups: could not read the logged-in user; membership removals are recorded without actor", e);
            return null;
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
