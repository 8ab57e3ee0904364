package org.customergroups.port;

import org.customergroups.domain.DigestEntry;
import org.customergroups.domain.Notice;

import java.util.Collection;
import java.util.List;

/** Notices waiting for their subscribers' daily digest. */
public interface DigestStore {
    void add(String userKey, Notice notice);

    /**
     * Up to {@code limit} distinct user keys with waiting notices, ordered by key: a keyset page. Only keys
     * strictly greater than {@code afterUserKey} are returned ({@code null}: from the first key); pass the last key
     * of one page to get the next.
     */
    List<String> waitingUsers(String afterUserKey, int limit);

    /** The user's waiting notices, oldest first, at most {@code limit}. */
    List<DigestEntry> of(String userKey, int limit);

    /** Removes sent entries; returns how many. */
    int delete(Collection<Long> ids);
}
