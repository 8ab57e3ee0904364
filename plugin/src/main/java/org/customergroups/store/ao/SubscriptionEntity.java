package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.customergroups.domain.DeliveryMode;

/**
 * A user's stored "Shared with my customer groups" subscription (table {@code AO_<hash>_SUBSCRIPTION}); users
 * without a row have the default. One row per Jira user key: the unique {@code USER_KEY} (whose index also serves
 * every lookup) makes a concurrent first save of the same user fail in the database instead of adding a second
 * row. {@code DELIVERY_MODE}, not {@code MODE}: that is reserved on Oracle.
 */
@Preload
@Table("SUBSCRIPTION")
public interface SubscriptionEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String ENABLED = "ENABLED";
    String DELIVERY_MODE = "DELIVERY_MODE";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    boolean isEnabled();

    void setEnabled(boolean enabled);

    /** Stored as the constant's name (VARCHAR). */
    @NotNull
    DeliveryMode getDeliveryMode();

    void setDeliveryMode(DeliveryMode mode);
}
