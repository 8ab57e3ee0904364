package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One user in one group; {@code LOWER_GROUP} is the group's lower-case name. */
@Table("MEMBERSHIP")
public interface HostMembershipEntity extends Entity {

    String LOWER_GROUP = "LOWER_GROUP";
    String USERNAME = "USERNAME";

    @NotNull
    @Indexed
    String getLowerGroup();

    void setLowerGroup(String lowerGroup);

    @NotNull
    @Indexed
    String getUsername();

    void setUsername(String username);
}
