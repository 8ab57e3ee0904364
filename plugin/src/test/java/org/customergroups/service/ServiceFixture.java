package org.customergroups.service;

import org.customergroups.service.fakes.DemoHelpdesk;
import org.customergroups.store.AoCatalogStore;
import org.customergroups.store.AoCustomerGroupStore;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The services over REAL Active Objects stores on a fresh in-memory H2 database, with the demo helpdesk as
 * host fakes (Directory, Projects, Permissions stand in for Jira) and a fixed clock.
 */
public final class ServiceFixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    public final AoDatabase db;
    public final DemoHelpdesk host = new DemoHelpdesk();
    public final AoCustomerGroupStore groupStore;
    public final AoCatalogStore catalogStore;
    public final GroupAccess access;
    public final GroupService groups;
    public final CatalogService catalog;
    public final MembershipService members;

    /** Opens a fresh database of its own, so fixtures never share rows. */
    public ServiceFixture() {
        String name = "services_" + UUID.randomUUID().toString().replace("-", "");
        db = StoreDatabases.openMigrated(DatabaseConfig.h2Memory(name));
        groupStore = new AoCustomerGroupStore(db.activeObjects());
        catalogStore = new AoCatalogStore(db.activeObjects());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        access = new GroupAccess(host.permissions, catalogStore);
        groups = new GroupService(groupStore, catalogStore, host.directory, host.projects, access, clock);
        catalog = new CatalogService(catalogStore, groupStore, host.projects, groups, access, clock);
        members = new MembershipService(groupStore, host.directory, access);
    }

    @Override
    public void close() {
        db.close();
    }
}
