package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;

import java.util.Date;

/**
 * Customer-group metadata: one row per Jira group marked for helpdesk use.
 * {@code LOWER_NAME} carries the uniqueness rule (case-insensitive, as Jira compares group names)
 * because AO cannot declare a functional unique index. The unique constraint's index also serves the
 * name lookups and the ORDER BY of the group list.
 *
 * <p>Settings live in plain columns: {@code AUTO_JOIN_DOMAINS} holds the normalised domains joined
 * by newlines (a domain can never contain one), and a missing policy (NULL, e.g. a row written
 * before the column existed) reads as the default policy. {@code MEMBERSHIP_RULE} holds a DYNAMIC group's rule
 * text (docs/rule-language.md) and is NULL for every other kind; not {@code RULE}, which SQL Server reserves.
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
    String AUTO_JOIN_DOMAINS = "AUTO_JOIN_DOMAINS";
    String TWO_FACTOR = "TWO_FACTOR";
    String VIEW_POLICY = "VIEW_POLICY";
    String UPDATE_POLICY = "UPDATE_POLICY";
    String MEMBERSHIP_RULE = "MEMBERSHIP_RULE";

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

    @StringLength(StringLength.UNLIMITED)
    String getAutoJoinDomains();

    void setAutoJoinDomains(String newlineSeparatedDomains);

    @NotNull
    @Default("false")
    boolean isTwoFactor();

    void setTwoFactor(boolean twoFactorRequired);

    ViewPolicy getViewPolicy();

    void setViewPolicy(ViewPolicy viewPolicy);

    UpdatePolicy getUpdatePolicy();

    void setUpdatePolicy(UpdatePolicy updatePolicy);

    @StringLength(StringLength.UNLIMITED)
    String getMembershipRule();

    void setMembershipRule(String rule);
}
