package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One customer group in one project's catalog.
 *
 * <p>A (project, group) pair may appear only once, but Active Objects can only declare single-column
 * unique constraints ({@code @Unique} on one getter; there is no composite unique annotation, and a
 * plugin cannot run its own DDL portably across Jira's databases). So {@code PROJECT_GROUP} holds the
 * synthetic key {@code projectId + ":" + groupId} with a unique
 * constraint: a second insert of the same pair, even from another cluster node at the same moment,
 * fails in the database. {@code AoCatalogStore} is the only writer.
 *
 * <p>{@code GROUP_LOWER_NAME} is the group's lower-case name, copied here so that a catalog page can
 * be read in name order with one indexed query (index {@code PROJECT_ID, GROUP_LOWER_NAME}) instead
 * of a join. The copy cannot go stale: Jira group names cannot be renamed, and deleting a group's
 * metadata removes it from every catalog.
 */
@Preload
@Table("CATALOG")
@Indexes(@Index(name = "project_name", methodNames = {"getProjectId", "getGroupLowerName"}))
public interface CatalogEntity extends Entity {

    String PROJECT_ID = "PROJECT_ID";
    String GROUP_ID = "GROUP_ID";
    String PROJECT_GROUP = "PROJECT_GROUP";
    String GROUP_LOWER_NAME = "GROUP_LOWER_NAME";
    String AUTO_SHARE = "AUTO_SHARE";
    String ADDED_BY = "ADDED_BY";
    String ADDED_AT = "ADDED_AT";

    /** Indexed by the (PROJECT_ID, GROUP_LOWER_NAME) index, whose leading column it is. */
    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    @Indexed
    long getGroupId();

    void setGroupId(long groupId);

    @NotNull
    @Unique
    String getProjectGroup();

    void setProjectGroup(String projectGroup);

    @NotNull
    String getGroupLowerName();

    void setGroupLowerName(String groupLowerName);

    @NotNull
    @Default("false")
    boolean isAutoShare();

    void setAutoShare(boolean autoShare);

    String getAddedBy();

    void setAddedBy(String userKey);

    @NotNull
    Date getAddedAt();

    void setAddedAt(Date addedAt);
}
