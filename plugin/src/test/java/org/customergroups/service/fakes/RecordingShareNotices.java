package org.customergroups.service.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.customergroups.service.ShareNotices;

/** Stands in for the notification service behind ShareService: records every "shared" call, in order. */
public final class RecordingShareNotices implements ShareNotices {

    /** One call: the issue, the actor and the groups it was newly shared with. */
    public record Call(long issueId, String actorKey, List<Long> groupIds) {
    }

    private final List<Call> calls = new ArrayList<>();

    @Override
    public synchronized void shared(long issueId, String actorKey, Collection<Long> groupIds) {
        calls.add(new Call(issueId, actorKey, List.copyOf(groupIds)));
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }
}
