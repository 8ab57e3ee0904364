package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One customer group on one project's Authorized Reporters list (table {@code AO_<hash>_AUTHORIZED_GROUP}).
 * {@code PROJECT_GROUP} ({@code projectId + ":" + groupId}, unique) keeps a pair from appearing twice, as in
 * {@link CatalogEntity}; {@code GROUP_ID} is indexed for removing a deleted group everywhere.
 */
@Preload
@Table("AUTHORIZED_GROUP")
public interface AuthorizedGroupEntity extends Entity {

    String PROJECT_ID = "PROJECT_ID";
    String GROUP_ID = "GROUP_ID";
    String PROJECT_GROUP = "PROJECT_GROUP";

    @NotNull
    @Indexed
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
}
