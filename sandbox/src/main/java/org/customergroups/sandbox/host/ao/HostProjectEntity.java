package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A Jira project. The column is PROJECT_KEY because KEY is reserved in several databases. */
@Table("PROJECT")
public interface HostProjectEntity extends Entity {

    String PROJECT_KEY = "PROJECT_KEY";
    String NAME = "NAME";
    String LEAD = "LEAD";

    @NotNull
    @Unique
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getName();

    void setName(String name);

    /** Username of the project lead. */
    String getLead();

    void setLead(String lead);
}
