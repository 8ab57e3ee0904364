package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The sandbox's issue index for the Customer Groups field: one row per group name in an issue's field
 * value, as Jira's Lucene document holds one term per name. Written when the plugin asks for a reindex
 * and when an issue is created; {@code GROUP_LOWER} serves the search, which ignores case as group
 * names do.
 */
@Table("ISSUE_GROUP")
public interface HostIssueGroupEntity extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String GROUP_NAME = "GROUP_NAME";
    String GROUP_LOWER = "GROUP_LOWER";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getGroupName();

    void setGroupName(String groupName);

    @NotNull
    @Indexed
    String getGroupLower();

    void setGroupLower(String groupLower);
}
