package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.customergroups.domain.GroupKind;

import java.util.Date;

/**
 * Customer-group metadata: one row per Jira group marked for helpdesk use.
 * {@code LOWER_NAME} carries the uniqueness rule (case-insensitive, as Jira compares group names)
 * because AO cannot declare a functional unique index.
 */
@Preload
@Table("CUSTOMER_GROUP")
public interface CustomerGroupEntity extends Entity {

    String NAME = "NAME";
    String LOWER_NAME = "LOWER_NAME";
    String KIND = "KIND";
    String DESCRIPTION = "DESCRIPTION";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @Unique
    String getLowerName();

    void setLowerName(String lowerName);

    @NotNull
    @Indexed
    GroupKind getKind();

    void setKind(GroupKind kind);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    String getCreatedBy();

    void setCreatedBy(String userKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
