package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One user in one group; {@code LOWER_GROUP} is the group's lower-case name. The unique (group,
 * user) index keeps a membership from being stored twice and serves member pages (ordered by
 * username within a group) and counts, even for groups with 100,000 members.
 */
@Table("MEMBERSHIP")
@Indexes(@Index(name = "group_user", methodNames = {"getLowerGroup", "getUsername"}, unique = true))
public interface HostMembershipEntity extends Entity {

    String LOWER_GROUP = "LOWER_GROUP";
    String USERNAME = "USERNAME";

    @NotNull
    String getLowerGroup();

    void setLowerGroup(String lowerGroup);

    @NotNull
    @Indexed
    String getUsername();

    void setUsername(String username);
}
