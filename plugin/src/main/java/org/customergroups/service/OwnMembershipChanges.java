package org.customergroups.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The membership changes {@link MembershipService} is making at this moment. The host reports every membership
 * change as an event, the plugin's own too, and Jira may deliver it on the calling thread while the directory call
 * is still running, that is before MembershipService has written its MANUAL entry. A change counts as in progress
 * from before the directory call until after that entry is written, so {@link MembershipEvents} either sees it here
 * or finds the entry, and never records the plugin's own change a second time. In memory, per node: the host fires
 * the event on the node that made the change.
 */
public final class OwnMembershipChanges {

    private record Key(long groupId, String userKey, boolean joined) {
    }

    /** How many calls are changing each membership (two may overlap); absent = none. */
    private final Map<Key, Integer> inProgress = new ConcurrentHashMap<>();

    /** Runs {@code change} (the directory calls and their audit write) with these memberships marked. */
    public <T> T during(long groupId, Collection<String> userKeys, boolean joined, Supplier<T> change) {
        List<Key> keys = userKeys.stream().map(k -> new Key(groupId, k, joined)).toList();
        keys.forEach(k -> inProgress.merge(k, 1, Integer::sum));
        try {
            return change.get();
        } finally {
            keys.forEach(k -> inProgress.computeIfPresent(k, (key, n) -> n == 1 ? null : n - 1));
        }
    }

    /** True while the plugin itself is adding ({@code joined}) or removing this user. */
    public boolean inProgress(long groupId, String userKey, boolean joined) {
        return inProgress.containsKey(new Key(groupId, userKey, joined));
    }
}
