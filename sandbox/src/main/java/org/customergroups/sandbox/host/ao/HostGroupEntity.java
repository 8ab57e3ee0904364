package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A Jira group. Names are unique case-insensitively, as in Jira: {@code LOWER_NAME} carries the rule. */
@Table("GROUP")
public interface HostGroupEntity extends Entity {

    String NAME = "NAME";
    String LOWER_NAME = "LOWER_NAME";

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @Unique
    String getLowerName();

    void setLowerName(String lowerName);
}
