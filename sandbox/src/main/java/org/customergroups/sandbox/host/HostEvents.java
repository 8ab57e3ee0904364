package org.customergroups.sandbox.host;

import org.customergroups.sandbox.wiring.Components;
import org.customergroups.service.AutoShare;
import org.customergroups.service.ShareCascade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Where Jira would fire an event the plugin listens to, the sandbox calls the plugin's service that
 * its Jira listener ({@code org.customergroups.jira.JiraEventListener}, which the sandbox does not
 * build) would call for that event:
 * <ul>
 *   <li>issue created (every create path: the sandbox's REST API) → {@link AutoShare#onIssueCreated};</li>
 *   <li>group membership deleted (every removal path: the REST API, and the plugin's own member
 *   removal through {@code Directory.removeMember}) → {@link ShareCascade#onMembershipsEnded}, once
 *   per removal.</li>
 * </ul>
 * Deleting a group fires no membership events (Crowd announces the group's deletion only; the plugin
 * removes a deleted customer group's shares itself). The sandbox never updates, moves or deletes
 * issues, so it fires nothing for ShareUpkeep. Events
 * are delivered synchronously after the change, and a failing listener is logged without undoing
 * the change, as Jira's event publisher does. Events fired before the plugin's components exist
 * (nothing listens yet) are dropped.
 */
public final class HostEvents {

    private static final Logger LOG = LoggerFactory.getLogger(HostEvents.class);

    private volatile Components plugin;

    /** Connects the plugin's components once they are built. */
    public void bind(Components components) {
        this.plugin = components;
    }

    /** An issue was created; {@code actorKey} is who created it (null: the system). */
    public void issueCreated(long issueId, String actorKey) {
        Components p = plugin;
        if (p != null) {
            deliver("issue created " + issueId, () -> p.get(AutoShare.class).onIssueCreated(issueId, actorKey));
        }
    }

    /** {@code username} left {@code groupName} (the membership is already gone). */
    public void membershipDeleted(String groupName, String username) {
        Components p = plugin;
        if (p != null) {
            deliver("membership deleted " + groupName + "/" + username,
                    () -> p.get(ShareCascade.class).onMembershipsEnded(groupName, List.of(username), null));
        }
    }

    private static void deliver(String event, Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.error("The plugin failed to handle the event: {}", event, e);
        }
    }
}
