package org.customergroups.jira;

import com.atlassian.crowd.event.group.GroupMembershipCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsCreatedEvent;
import com.atlassian.crowd.event.group.GroupMembershipsDeletedEvent;
import com.atlassian.crowd.event.user.UserAttributeDeletedEvent;
import com.atlassian.crowd.event.user.UserAttributeStoredEvent;
import com.atlassian.crowd.event.user.UserCreatedEvent;
import com.atlassian.crowd.event.user.UserUpdatedEvent;
import com.atlassian.crowd.model.user.User;
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
import org.customergroups.service.MembershipEvents;
import org.customergroups.service.NotificationService;
import org.customergroups.service.Reconciler;
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
import java.util.function.Supplier;

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
 *       (its {@code oldstring}/{@code newstring} are the status names); otherwise, when the event carries a comment,
 *       {@link NotificationService#commented} with the comment's body and whether it is internal (restricted to a
 *       group or a project role). Not only {@link EventType#ISSUE_COMMENTED_ID} carries a new comment: so do an edit
 *       or an assignment made with a comment, and a transition's generic or custom event; the comment-edited and
 *       comment-deleted events carry an old comment and are no notice. One event gives one notice: a comment made
 *       with a transition is part of the status notice.</li>
 *   <li>Crowd's membership events, for users ({@link MembershipType#GROUP_USER}) only, with the logged-in user as
 *       actor (null for a directory synchronisation): created, plural {@link GroupMembershipsCreatedEvent} and the
 *       deprecated singular {@link GroupMembershipCreatedEvent}: {@link MembershipEvents#onDirectoryChange} (joined);
 *       deleted, plural {@link GroupMembershipsDeletedEvent} and the deprecated singular
 *       {@link GroupMembershipDeletedEvent}: {@link ShareCascade#onMembershipsEnded}, then
 *       {@link MembershipEvents#onDirectoryChange} (left). Crowd emits both forms for one change, one after the
 *       other, with the same data; each (directory, group, user) addition or removal is handled once (see
 *       {@link RecentChanges}). When handling the first report fails, its twin is handled instead (a second chance,
 *       then only the log).</li>
 *   <li>Crowd's user events: {@link UserCreatedEvent} (and its subclasses: automatic and directory-synchronisation
 *       creation) → {@link Reconciler#reconcileUser}{@code (username, true)} (computed groups and auto-join);
 *       {@link UserUpdatedEvent} (Crowd publishes a subclass per change: details edited, e-mail changed, renamed,
 *       updated automatically) → {@code reconcileUser(username, false)}, except the attribute stored/deleted
 *       updates, which change no fact a rule reads (Jira records every sign-in as a Crowd attribute). Jira fires no
 *       event for a user property change: the hourly job ({@link MembershipJobs}) catches those.</li>
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
    private final MembershipEvents membershipEvents;
    private final NotificationService notifications;
    private final JiraAuthenticationContext authenticationContext;
    private final Reconciler reconciler;
    private final RecentChanges recentChanges = new RecentChanges(RecentChanges.CAPACITY);

    public JiraEventListener(EventPublisher eventPublisher, AutoShare autoShare, ShareUpkeep shareUpkeep,
                             ShareCascade shareCascade, MembershipEvents membershipEvents,
                             NotificationService notificationService,
                             JiraAuthenticationContext jiraAuthenticationContext, Reconciler reconciler) {
        this.eventPublisher = eventPublisher;
        this.autoShare = autoShare;
        this.shareUpkeep = shareUpkeep;
        this.shareCascade = shareCascade;
        this.membershipEvents = membershipEvents;
        this.notifications = notificationService;
        this.authenticationContext = jiraAuthenticationContext;
        this.reconciler = reconciler;
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
        } else if (!type.equals(EventType.ISSUE_COMMENT_EDITED_ID)
                && !type.equals(EventType.ISSUE_COMMENT_DELETED_ID)) {
            // Commented, but also updated or assigned with a comment: any other event's comment is a new one.
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
    public void onUserCreated(UserCreatedEvent event) {
        reconcile(event::getUser, true);
    }

    @EventListener
    public void onUserUpdated(UserUpdatedEvent event) {
        if (!(event instanceof UserAttributeStoredEvent) && !(event instanceof UserAttributeDeletedEvent)) {
            reconcile(event::getUser, false);
        }
    }

    private void reconcile(Supplier<User> eventUser, boolean created) {
        try {
            User user = eventUser.get();
            String username = user == null ? null : user.getName();
            if (username != null && !username.isBlank()) {
                reconciler.reconcileUser(username, created);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Customer Groups: reconciling the memberships of a {} user failed; the hourly job retries",
                    created ? "created" : "updated", e);
        }
    }

    @EventListener
    public void onMembershipsCreated(GroupMembershipsCreatedEvent event) {
        membershipReport(true, () -> membershipsChanged(Form.PLURAL, event.getMembershipType(),
                event.getDirectoryId(), event.getGroupName(), event.getEntityNames(), true));
    }

    /** The deprecated singular form, which Crowd emits as well. */
    @SuppressWarnings("deprecation")
    @EventListener
    public void onMembershipCreated(GroupMembershipCreatedEvent event) {
        membershipReport(true, () -> membershipsChanged(Form.SINGULAR, event.getMembershipType(),
                event.getDirectoryId(), event.getGroupName(), listOf(event.getEntityName()), true));
    }

    @EventListener
    public void onMembershipsDeleted(GroupMembershipsDeletedEvent event) {
        membershipReport(false, () -> membershipsChanged(Form.PLURAL, event.getMembershipType(),
                event.getDirectoryId(), event.getGroupName(), event.getEntityNames(), false));
    }

    /** The deprecated singular form, which Crowd emits as well (and alone, in Crowd before 5.0.4). */
    @SuppressWarnings("deprecation")
    @EventListener
    public void onMembershipDeleted(GroupMembershipDeletedEvent event) {
        membershipReport(false, () -> membershipsChanged(Form.SINGULAR, event.getMembershipType(),
                event.getDirectoryId(), event.getGroupName(), listOf(event.getEntityName()), false));
    }

    /** Handles one membership report; a failure is logged, never thrown to Jira's event dispatch. */
    private static void membershipReport(boolean joined, Runnable handle) {
        try {
            handle.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Customer Groups: handling a membership-{} event failed", joined ? "created" : "deleted", e);
        }
    }

    private static List<String> listOf(String username) {
        return username == null ? List.of() : List.of(username);
    }

    /** A report of users ({@link MembershipType#GROUP_USER}) joining or leaving a group; other types are ignored. */
    private void membershipsChanged(Form form, MembershipType type, Long directoryId, String groupName,
                                    Collection<String> usernames, boolean joined) {
        if (type != MembershipType.GROUP_USER || groupName == null || usernames == null || usernames.isEmpty()) {
            return;
        }
        List<String> fresh = new ArrayList<>(usernames.size());
        Set<Change> handled = new LinkedHashSet<>();
        for (String username : usernames) {
            Change change = username == null ? null : new Change(directoryId, groupName, username, joined);
            // A name listed twice in one event (Crowd names ignore case) is one change, not a change and its twin.
            if (change != null && !handled.contains(change) && recentChanges.firstOfPair(form, change)) {
                fresh.add(username);
                handled.add(change);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        String actor = loggedInUserKey();
        try {
            if (joined) {
                membershipEvents.onDirectoryChange(groupName, fresh, true, actor);
            } else {
                // The cascade first: if it fails nothing is recorded yet, and the twin's retry runs both (the cascade
                // finds nothing left when it had succeeded), so a retry never records a removal twice.
                shareCascade.onMembershipsEnded(groupName, fresh, actor);
                membershipEvents.onDirectoryChange(groupName, fresh, false, actor);
            }
        } catch (RuntimeException | LinkageError e) {
            // Not handled after all: let the other form's report of the same changes try again.
            handled.forEach(c -> recentChanges.forget(form, c));
            throw e;
        }
    }

    /** Who changed the memberships; null for none (e.g. a directory synchronisation) or when unknown. */
    private String loggedInUserKey() {
        try {
            ApplicationUser user = authenticationContext.getLoggedInUser();
            return user == null ? null : user.getKey();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Customer Groups: could not read the logged-in user; membership changes are recorded without actor", e);
            return null;
        }
    }

    /** Which of Crowd's two events (plural or singular) reported a membership change. */
    enum Form { PLURAL, SINGULAR }

    /** One user joining or ({@code joined} false) leaving one group of one directory; Crowd names ignore case. */
    record Change(Long directoryId, String groupName, String username, boolean joined) {
        Change {
            groupName = groupName.toLowerCase(Locale.ROOT);
            username = username.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Pairs the two reports of one change. The first report of a change is handled and remembered with its form; a
     * report of the <em>other</em> form for a remembered change is its twin: it is dropped, and the change is
     * forgotten. A second report of the <em>same</em> form is a new change (the user was removed and added again, or
     * the other way round) and is handled. So when only one form is emitted (older Crowd) nothing is ever dropped,
     * and when both are, in either order, each change is handled once. Changes whose twin never comes are forgotten
     * oldest first beyond {@link #CAPACITY}. Thread-safe: Jira may deliver the two events on different threads.
     */
    static final class RecentChanges {

        /** More changes than one directory synchronisation's pending twins. */
        static final int CAPACITY = 10_000;

        private final int capacity;
        private final Map<Change, Form> awaitingTwin = new LinkedHashMap<>();

        RecentChanges(int capacity) {
            this.capacity = capacity;
        }

        /** True when this report is the first of its change (handle it), false when it is the twin (drop it). */
        synchronized boolean firstOfPair(Form form, Change change) {
            Form earlier = awaitingTwin.get(change);
            if (earlier != null && earlier != form) {
                awaitingTwin.remove(change);
                return false;
            }
            awaitingTwin.remove(change);
            awaitingTwin.put(change, form);
            Iterator<Change> oldest = awaitingTwin.keySet().iterator();
            while (awaitingTwin.size() > capacity && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
            return true;
        }

        /** Forgets a change this form reported (its handling failed), so that its twin is handled instead. */
        synchronized void forget(Form form, Change change) {
            awaitingTwin.remove(change, form);
        }

        synchronized int size() {
            return awaitingTwin.size();
        }
    }
}
