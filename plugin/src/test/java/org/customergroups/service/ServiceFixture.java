package org.customergroups.service;

import org.customergroups.service.fakes.DemoHelpdesk;
import org.customergroups.store.AoCatalogStore;
import org.customergroups.store.AoCustomerGroupStore;
import org.customergroups.store.AoShareStore;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The services over REAL Active Objects stores on a fresh database (in-memory H2 by default, or any of
 * {@link StoreDatabases#configs()}), with the demo helpdesk as host fakes (Directory, Projects, Permissions,
 * Issues, IssueIndex, PermissionSchemes stand in for Jira) and a fixed clock.
 */
public final class ServiceFixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    public final AoDatabase db;
    public final DemoHelpdesk host = new DemoHelpdesk();
    public final AoCustomerGroupStore groupStore;
    public final AoCatalogStore catalogStore;
    public final AoShareStore shareStore;
    public final GroupAccess access;
    public final ShareCascade cascade;
    public final GroupService groups;
    public final CatalogService catalog;
    public final MembershipService members;
    public final ShareService shares;
    public final AutoShare autoShare;
    public final ShareUpkeep upkeep;
    public final ShareAccess shareAccess;
    public final SharingSetupService sharingSetup;

    /** Opens a fresh in-memory H2 database of its own, so fixtures never share rows. */
    public ServiceFixture() {
        this(DatabaseConfig.h2Memory("services_" + UUID.randomUUID().toString().replace("-", "")));
    }

    /** On a fresh database (or PostgreSQL schema) of {@code config}, migrated here. */
    public ServiceFixture(DatabaseConfig config) {
        db = StoreDatabases.openMigrated(config);
        groupStore = new AoCustomerGroupStore(db.activeObjects());
        catalogStore = new AoCatalogStore(db.activeObjects());
        shareStore = new AoShareStore(db.activeObjects());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        access = new GroupAccess(host.permissions, catalogStore);
        cascade = new ShareCascade(shareStore, groupStore, host.directory, host.index);
        groups = new GroupService(groupStore, catalogStore, host.directory, host.projects, access, shareStore, cascade,
                clock);
        catalog = new CatalogService(catalogStore, groupStore, host.projects, groups, access, clock);
        members = new MembershipService(groupStore, host.directory, access);
        shares = new ShareService(shareStore, catalogStore, groupStore, host.issues, host.index, host.directory,
                host.permissions, clock);
        autoShare = new AutoShare(shareStore, catalogStore, groupStore, host.issues, host.index, host.directory, clock);
        upkeep = new ShareUpkeep(shareStore, host.issues, host.index);
        shareAccess = new ShareAccess(shareStore, host.directory);
        sharingSetup = new SharingSetupService(host.projects, host.schemes, access);
    }

    @Override
    public void close() {
        db.close();
    }
}
