package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One project's Restricted flag (table {@code AO_<hash>_RESTRICTION}); its Authorized Reporters groups are
 * {@link AuthorizedGroupEntity} rows. One row per project (unique {@code PROJECT_ID}). Saving always updates this row
 * first, so two saves of the same project's list are serialised by its row lock.
 */
@Preload
@Table("RESTRICTION")
public interface RestrictionEntity extends Entity {

    String PROJECT_ID = "PROJECT_ID";
    String RESTRICTED = "RESTRICTED";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    boolean isRestricted();

    void setRestricted(boolean restricted);

    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
