package org.customergroups.store;

import net.java.ao.RawEntity;
import org.customergroups.store.ao.AuditEntryEntity;
import org.customergroups.store.ao.AuthorizedGroupEntity;
import org.customergroups.store.ao.CatalogEntity;
import org.customergroups.store.ao.CustomerGroupEntity;
import org.customergroups.store.ao.DigestEntity;
import org.customergroups.store.ao.RequestFormEntity;
import org.customergroups.store.ao.RestrictionEntity;
import org.customergroups.store.ao.SettingEntity;
import org.customergroups.store.ao.SubscriptionEntity;
import org.customergroups.store.ao.TicketShareEntity;

import java.util.List;

/**
 * Every AO entity of the plugin, in the order they are migrated. Must list exactly the
 * {@code <entity>} elements of the descriptor's {@code <ao>} module (the descriptor lint checks it);
 * Jira migrates from the descriptor, tests and the sandbox from this list.
 */
public final class StoreEntities {

    private static final List<Class<? extends RawEntity<?>>> ALL = List.of(CustomerGroupEntity.class,
            CatalogEntity.class, TicketShareEntity.class, AuditEntryEntity.class, SettingEntity.class,
            SubscriptionEntity.class, DigestEntity.class, RequestFormEntity.class, RestrictionEntity.class,
            AuthorizedGroupEntity.class);

    private StoreEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return ALL;
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(new Class[0]);
    }
}
