package org.customergroups.service;

import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.PageRequest;
import org.customergroups.service.fakes.DemoHelpdesk;
import org.customergroups.service.fakes.FakeRequests;
import org.customergroups.service.fakes.RecordingOutbox;
import org.customergroups.service.fakes.RecordingShareNotices;
import org.customergroups.service.fakes.StubLinks;
import org.customergroups.service.fakes.StubMailTemplates;
import org.customergroups.store.AoAuditStore;
import org.customergroups.store.AoCatalogStore;
import org.customergroups.store.AoCustomerGroupStore;
import org.customergroups.store.AoFormStore;
import org.customergroups.store.AoRestrictionStore;
import org.customergroups.store.AoSettingsStore;
import org.customergroups.store.AoShareStore;
import org.customergroups.store.AoSubscriptionStore;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The services over REAL Active Objects stores on a fresh database (in-memory H2 by default, or any of
 * {@link StoreDatabases#configs()}), with the demo helpdesk as host fakes (Directory, Projects, Permissions,
 * Issues, IssueIndex, PermissionSchemes stand in for Jira), a fixed clock, the real audit trail and a recording
 * {@link ShareNotices}.
 */
public final class ServiceFixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    public final AoDatabase db;
    public final DemoHelpdesk host = new DemoHelpdesk();
    public final AoCustomerGroupStore groupStore;
    public final AoCatalogStore catalogStore;
    public final AoShareStore shareStore;
    public final AoAuditStore auditStore;
    public final AoSettingsStore settingsStore;
    public final AoSubscriptionStore subscriptionStore;
    public final AoFormStore formStore;
    public final AoRestrictionStore restrictionStore;
    /** The host's requests (issue 5): creating one fires Auto-share, search reads the real share store. */
    public final FakeRequests requests = new FakeRequests(host);
    public final RecordingShareNotices notices = new RecordingShareNotices();
    public final AuditTrail auditTrail;
    public final GroupAccess access;
    public final CustomerAdminPeers adminPeers;
    public final ShareCascade cascade;
    public final GroupService groups;
    public final CatalogService catalog;
    public final OwnMembershipChanges ownMembershipChanges = new OwnMembershipChanges();
    public final MembershipService members;
    public final MembershipEvents membershipEvents;
    public final CustomerAdminReindex adminReindex;
    public final ShareService shares;
    public final AutoShare autoShare;
    public final ShareUpkeep upkeep;
    public final ShareAccess shareAccess;
    public final SharingSetupService sharingSetup;
    public final AuditService audit;
    public final AccessExplainer explainer;
    public final SubscriptionService subscriptions;
    public final Reconciler reconciler;
    public final RuleService rules;
    public final AutoJoinService autoJoin;
    public final CustomerAdmins customerAdmins;
    public final DefaultGroups defaultGroups;
    public final EmailVerification emailVerification;
    /** Mail sent by the services of this fixture (e-mail verification links). */
    public final RecordingOutbox outbox = new RecordingOutbox();
    public final StubMailTemplates mailTemplates = new StubMailTemplates();
    public final StubLinks links = new StubLinks();
    public final PortalAccess portalAccess;
    public final PortalService portal;
    public final RestrictionService restrictions;
    public final FormService forms;

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
        auditStore = new AoAuditStore(db.activeObjects());
        settingsStore = new AoSettingsStore(db.activeObjects());
        subscriptionStore = new AoSubscriptionStore(db.activeObjects());
        formStore = new AoFormStore(db.activeObjects());
        restrictionStore = new AoRestrictionStore(db.activeObjects());
        customerAdmins = new CustomerAdmins(groupStore, catalogStore, host.directory);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        auditTrail = new AuditTrail(auditStore);
        access = new GroupAccess(host.permissions, catalogStore, customerAdmins);
        adminPeers = new CustomerAdminPeers(groupStore, host.directory, host.userProfiles, host.permissions);
        cascade = new ShareCascade(shareStore, groupStore, host.directory, host.index, auditTrail, clock);
        groups = new GroupService(groupStore, catalogStore, host.directory, host.projects, access, adminPeers,
                shareStore, cascade, restrictionStore, auditTrail, clock);
        catalog = new CatalogService(catalogStore, groupStore, host.projects, groups, access, auditTrail, clock);
        adminReindex = new CustomerAdminReindex(customerAdmins, requests, host.index);
        members = new MembershipService(groupStore, host.directory, adminPeers, access, auditTrail,
                ownMembershipChanges, adminReindex, clock);
        membershipEvents = new MembershipEvents(groupStore, host.directory, auditStore, auditTrail,
                ownMembershipChanges, adminReindex, clock);
        shares = new ShareService(shareStore, catalogStore, groupStore, host.issues, host.index, host.directory,
                host.permissions, auditTrail, notices, clock);
        autoShare = new AutoShare(shareStore, catalogStore, groupStore, host.issues, host.index, host.directory,
                auditTrail, clock);
        upkeep = new ShareUpkeep(shareStore, host.issues, host.index, auditTrail, clock);
        shareAccess = new ShareAccess(shareStore, host.directory);
        sharingSetup = new SharingSetupService(host.projects, host.schemes, access);
        audit = new AuditService(auditStore, auditTrail, settingsStore, groupStore, host.issues, host.projects,
                host.directory, host.permissions, access, clock);
        explainer = new AccessExplainer(host.issues, host.permissions, host.directory, shareStore, host.schemes,
                customerAdmins);
        subscriptions = new SubscriptionService(subscriptionStore, host.directory, auditTrail, clock);
        reconciler = new Reconciler(groupStore, host.userProfiles, host.directory, cascade, auditTrail,
                ownMembershipChanges, clock);
        rules = new RuleService(groupStore, host.userProfiles, host.directory, access, reconciler, auditTrail, clock);
        autoJoin = new AutoJoinService(groupStore, host.userProfiles, host.directory, access, auditTrail,
                ownMembershipChanges, clock);
        portalAccess = new PortalAccess(host.issues, host.directory, shareAccess, customerAdmins);
        portal = new PortalService(portalAccess, requests, shareStore, groupStore, host.directory, customerAdmins);
        restrictions = new RestrictionService(restrictionStore, groupStore, host.projects, host.permissions,
                host.directory, access, auditTrail, clock);
        forms = new FormService(formStore, restrictions, requests, host.projects, catalogStore, groupStore,
                host.directory, shareStore, host.index, access, auditTrail, notices, clock);
        defaultGroups = new DefaultGroups(groupStore, host.directory, auditTrail, clock);
        emailVerification = new EmailVerification(host.directory, host.userProfiles, settingsStore, mailTemplates,
                outbox, links, reconciler, host.permissions, auditTrail, clock);
        requests.onCreated = issue -> autoShare.onIssueCreated(issue.id(), null);
        requests.fieldValue = shareStore::groupNamesOf;
    }

    /** The whole audit trail, oldest first (as written), read straight from the store. */
    public List<AuditEntry> trail() {
        List<AuditEntry> all = new ArrayList<>();
        int start = 0;
        while (true) {
            var page = auditStore.find(AuditQuery.all(), new PageRequest(start, PageRequest.MAX_LIMIT));
            all.addAll(page.values());
            start += page.values().size();
            if (page.values().isEmpty() || start >= page.total()) {
                break;
            }
        }
        Collections.reverse(all);
        return all;
    }

    /** The entries written since the trail had {@code sizeBefore} entries, oldest first. */
    public List<AuditEntry> trailSince(int sizeBefore) {
        List<AuditEntry> all = trail();
        return all.subList(sizeBefore, all.size());
    }

    @Override
    public void close() {
        db.close();
    }
}
