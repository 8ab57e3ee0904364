package org.customergroups.service;

import java.util.Collection;

/**
 * "Shared with my customer groups" mail: on ticket events, the subscribed members of the ticket's customer groups
 * get one mail each (or a digest entry). Never the actor, never twice for one event, never for internal comments.
 * Called by the host's event listeners and by {@link ShareService}; never throws into the caller.
 * CONTRACT SKELETON: bodies are written by the notifications work.
 */
public final class NotificationService implements ShareNotices {

    /** A ticket was created: members of the groups it is shared with by now (Auto-share, form) are told. */
    public void issueCreated(long issueId, String actorKey) {
    }

    /** A comment was added; {@code internal} (restricted to a group or role) comments notify nobody. */
    public void commented(long issueId, String actorKey, String body, boolean internal) {
    }

    /** The ticket's status changed. */
    public void statusChanged(long issueId, String actorKey, String fromStatus, String toStatus) {
    }

    /** The ticket was newly shared with these groups (by an agent): their members are told. */
    @Override
    public void shared(long issueId, String actorKey, Collection<Long> groupIds) {
    }
}
