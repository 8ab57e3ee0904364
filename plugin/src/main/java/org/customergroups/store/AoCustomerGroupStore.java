package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.store.ao.CustomerGroupEntity;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import static org.customergroups.store.ao.CustomerGroupEntity.CREATED_AT;
import static org.customergroups.store.ao.CustomerGroupEntity.CREATED_BY;
import static org.customergroups.store.ao.CustomerGroupEntity.DESCRIPTION;
import static org.customergroups.store.ao.CustomerGroupEntity.KIND;
import static org.customergroups.store.ao.CustomerGroupEntity.LOWER_NAME;
import static org.customergroups.store.ao.CustomerGroupEntity.NAME;

/** Customer-group metadata in Active Objects; entities are mapped to records before they leave. */
public final class AoCustomerGroupStore implements CustomerGroupStore {

    private final ActiveObjects ao;

    public AoCustomerGroupStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public CustomerGroup create(String name, GroupKind kind, String description, String createdBy, Instant createdAt) {
        return ao.executeInTransaction(() -> toRecord(ao.create(CustomerGroupEntity.class,
                new DBParam(NAME, name),
                new DBParam(LOWER_NAME, lower(name)),
                new DBParam(KIND, kind),
                new DBParam(DESCRIPTION, description),
                new DBParam(CREATED_BY, createdBy),
                new DBParam(CREATED_AT, Date.from(createdAt)))));
    }

    @Override
    public Optional<CustomerGroup> findById(long id) {
        CustomerGroupEntity[] found = ao.find(CustomerGroupEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(toRecord(found[0]));
    }

    @Override
    public Optional<CustomerGroup> findByName(String name) {
        CustomerGroupEntity[] found = ao.find(CustomerGroupEntity.class,
                Query.select().where(LOWER_NAME + " = ?", lower(name)));
        return found.length == 0 ? Optional.empty() : Optional.of(toRecord(found[0]));
    }

    @Override
    public int count() {
        return ao.count(CustomerGroupEntity.class, Query.select());
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static CustomerGroup toRecord(CustomerGroupEntity e) {
        return new CustomerGroup(e.getID(), e.getName(), e.getKind(), e.getDescription(), e.getCreatedBy(),
                e.getCreatedAt().toInstant());
    }
}
