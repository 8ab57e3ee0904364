package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One user property (Jira: an entry {@code jira.meta.<key>} of the user's property set, the administrators' "User
 * Properties"), stored with the key as the plugin names it (no prefix). The unique (user, key) index keeps one value
 * per key and serves the reconciler's page read (every property of a range of usernames).
 */
@Table("USER_PROPERTY")
@Indexes(@Index(name = "user_key", methodNames = {"getUsername", "getPropertyKey"}, unique = true))
public interface HostUserPropertyEntity extends Entity {

    String USERNAME = "USERNAME";
    String PROPERTY_KEY = "PROPERTY_KEY";
    String PROPERTY_VALUE = "PROPERTY_VALUE";

    @NotNull
    String getUsername();

    void setUsername(String username);

    @NotNull
    String getPropertyKey();

    void setPropertyKey(String key);

    /** At most 255 characters (AO's default VARCHAR; Jira's user-property form allows 250). */
    @NotNull
    String getPropertyValue();

    void setPropertyValue(String value);
}
