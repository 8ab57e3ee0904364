package org.customergroups.port;

import org.customergroups.domain.UserProfile;

import java.util.List;
import java.util.Optional;

/**
 * Every user of the host with the facts membership rules read: e-mail, display name, user properties
 * (Jira: the {@code jira.meta.*} entries of the user's property set, without that prefix) and the names
 * of the groups they belong to. Read page by page so that a pass over 100,000 users holds one page.
 */
public interface UserProfiles {

    /**
     * Active users whose lower-case username sorts after {@code afterUsername} (lower-cased; null = from the
     * first), ordered by lower-case username, at most {@code limit} (1..1000).
     */
    List<UserProfile> page(String afterUsername, int limit);

    /** One user, active or not. */
    Optional<UserProfile> byName(String username);

    /** Sets a user property (the key without Jira's {@code jira.meta.} prefix); {@code value} null removes it. */
    void setProperty(String username, String key, String value);
}
