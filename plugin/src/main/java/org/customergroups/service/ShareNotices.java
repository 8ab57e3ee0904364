package org.customergroups.service;

import java.util.Collection;

/** Told when an agent shares a ticket with groups, so that their subscribed members hear of it. */
public interface ShareNotices {
    /** The ticket was newly shared with these groups; never throws. */
    void shared(long issueId, String actorKey, Collection<Long> groupIds);
}
