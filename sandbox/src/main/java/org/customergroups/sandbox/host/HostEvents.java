package org.customergroups.sandbox.host;

import org.customergroups.sandbox.wiring.Components;
import org.customergroups.service.AutoShare;
import org.customergroups.service.MembershipEvents;
import org.customergroups.service.NotificationService;
import org.customergroups.service.Reconciler;
import org.customergroups.service.ShareCascade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Where Jira would fire an event the plugin listens to, the sandbox calls the plugin's service that
 * its Jira listener ({@code org.customergroups.jira.JiraEventListener}, which the sandbox does not
 * build) would call for that event:
 * <ul>
 *   <li>issue created (every create path: the sandbox's REST API) → {@link AutoShare#onIssueCreated},
 *   then {@link NotificationService#issueCreated} (so the mail goes to the groups it was just
 *   auto-shared with);</li>
 *   <li>comment added (the REST API and the issue page) → {@link NotificationService#commented},
 *   {@code internal} for a comment restricted to a role or group;</li>
 *   <li>issue transitioned (the REST API and the issue page) → {@link NotificationService#statusChanged};</li>
 *   <li>group membership created (every addition path: the REST API, and the plugin's own member
 *   addition through {@code Directory.addMember}) → {@link MembershipEvents#onDirectoryChange}
 *   (joined), which records additions made outside the plugin and skips the plugin's own;</li>
 *   <li>group membership deleted (every removal path: the REST API, and the plugin's own member
 *   removal through {@code Directory.removeMember}) → {@link ShareCascade#onMembershipsEnded}, then
 *   {@link MembershipEvents#onDirectoryChange} (left), in the order the Jira listener calls them.</li>
 *   <li>user created (the REST API's {@code POST /user}) → {@link Reconciler#reconcileUser}{@code (username, true)};
 *   user updated (e-mail or display name, {@code PUT /user}) → {@code reconcileUser(username, false)}, as the Jira
 *   listener does for Crowd's user events. A user property change fires nothing, as in Jira (the hourly job
 *   reconciles it).</li>
 * </ul>
 * Membership events are delivered once per change, with the signed-in user as the actor (null when
 * there is none).
 * Deleting a group fires no membership events (Crowd announces the group's deletion only; the plugin
 * removes a deleted customer group's shares itself). The sandbox never updates, moves or deletes
 * issues otherwise, so it fires nothing for ShareUpkeep. Events
 * are delivered synchronously after the change, and a failing listener is logged without undoing
 * the change, as Jira's event publisher does. Events fired before the plugin's components exist
 * (nothing listens yet) are dropped.
 */
public final class HostEvents {

    private static final Logger LOG = LoggerFactory.getLogger(HostEvents.class);

    private final CurrentUser currentUser;
    private volatile Components plugin;

    public HostEvents(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Without the request's user (benchmarks, tools): membership removals have no actor. */
    public HostEvents() {
        this(new CurrentUser());
    }

    /** Connects the plugin's components once they are built. */
    public void bind(Components components) {
        this.plugin = components;
    }

    /** An issue was created; {@code actorKey} is who created it (null: the system). */
    public void issueCreated(long issueId, String actorKey) {
        Components p = plugin;
        if (p != null) {
            deliver("issue created " + issueId, () -> p.get(AutoShare.class).onIssueCreated(issueId, actorKey));
            deliver("issue created " + issueId + " (notifications)",
                    () -> p.get(NotificationService.class).issueCreated(issueId, actorKey));
        }
    }

    /** {@code actorKey} commented on the issue; {@code internal}: restricted to a role or group. */
    public void commented(long issueId, String actorKey, String body, boolean internal) {
        Components p = plugin;
        if (p != null) {
            deliver("comment on " + issueId,
                    () -> p.get(NotificationService.class).commented(issueId, actorKey, body, internal));
        }
    }

    /** {@code actorKey} moved the issue from one status to another (status names). */
    public void statusChanged(long issueId, String actorKey, String fromStatus, String toStatus) {
        Components p = plugin;
        if (p != null) {
            deliver("status of " + issueId + " " + fromStatus + " -> " + toStatus,
                    () -> p.get(NotificationService.class).statusChanged(issueId, actorKey, fromStatus, toStatus, null));
        }
    }

    /** {@code username} joined {@code groupName} (the membership exists already). */
    public void membershipCreated(String groupName, String username) {
        Components p = plugin;
        if (p != null) {
            String actorKey = actorKey();
            deliver("membership created " + groupName + "/" + username, () -> p.get(MembershipEvents.class)
                    .onDirectoryChange(groupName, List.of(username), true, actorKey));
        }
    }

    /** {@code username} left {@code groupName} (the membership is already gone). */
    public void membershipDeleted(String groupName, String username) {
        Components p = plugin;
        if (p != null) {
            String actorKey = actorKey();
            deliver("membership deleted " + groupName + "/" + username, () -> {
                p.get(ShareCascade.class).onMembershipsEnded(groupName, List.of(username), actorKey);
                p.get(MembershipEvents.class).onDirectoryChange(groupName, List.of(username), false, actorKey);
            });
        }
    }

    /** {@code username} was created (the account exists already). */
    public void userCreated(String username) {
        Components p = plugin;
        if (p != null) {
            deliver("user created " + username, () -> p.get(Reconciler.class).reconcileUser(username, true));
        }
    }

    /** {@code username}'s e-mail address or display name changed. */
    public void userUpdated(String username) {
        Components p = plugin;
        if (p != null) {
            deliver("user updated " + username, () -> p.get(Reconciler.class).reconcileUser(username, false));
        }
    }

    /** Jira's membership events carry no actor; the listener takes the signed-in user, as the sandbox does here. */
    private String actorKey() {
        return currentUser.get().map(HostUser::username).orElse(null);
    }

    private static void deliver(String event, Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.error("The plugin failed to handle the event: {}", event, e);
        }
    }
}
