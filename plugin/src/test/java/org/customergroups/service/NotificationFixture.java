package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Directory;
import org.customergroups.service.fakes.DemoHelpdesk;
import org.customergroups.service.fakes.FakeDirectory;
import org.customergroups.service.fakes.RecordingOutbox;
import org.customergroups.service.fakes.StubLinks;
import org.customergroups.service.fakes.StubMailTemplates;
import org.customergroups.store.AoAuditStore;
import org.customergroups.store.AoCustomerGroupStore;
import org.customergroups.store.AoDigestStore;
import org.customergroups.store.AoShareStore;
import org.customergroups.store.AoSubscriptionStore;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The notification services (NotificationService, DigestService, SubscriptionService) over REAL Active Objects
 * stores on a fresh database, the demo helpdesk as host fakes, and recording stand-ins for the host's mail edges
 * (outbox, templates, links), which are not the plugin's storage. The directory is wrapped so that tests see
 * which member pages were asked for.
 */
public final class NotificationFixture implements AutoCloseable {

    public static final Instant NOW = ServiceFixture.NOW;

    public final AoDatabase db;
    public final DemoHelpdesk host = new DemoHelpdesk();
    public final PagingDirectory directory = new PagingDirectory(host.directory);
    public final AoCustomerGroupStore groupStore;
    public final AoShareStore shareStore;
    public final AoSubscriptionStore subscriptionStore;
    public final AoDigestStore digestStore;
    public final AoAuditStore auditStore;
    public final RecordingOutbox outbox = new RecordingOutbox();
    public final StubMailTemplates templates = new StubMailTemplates();
    public final StubLinks links = new StubLinks();
    public final NotificationService notifications;
    public final DigestService digests;
    public final SubscriptionService subscriptions;

    public NotificationFixture() {
        this(DatabaseConfig.h2Memory("notify_" + UUID.randomUUID().toString().replace("-", "")));
    }

    public NotificationFixture(DatabaseConfig config) {
        db = StoreDatabases.openMigrated(config);
        groupStore = new AoCustomerGroupStore(db.activeObjects());
        shareStore = new AoShareStore(db.activeObjects());
        subscriptionStore = new AoSubscriptionStore(db.activeObjects());
        digestStore = new AoDigestStore(db.activeObjects());
        auditStore = new AoAuditStore(db.activeObjects());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        notifications = new NotificationService(shareStore, groupStore, host.issues, directory, host.permissions,
                subscriptionStore, digestStore, templates, outbox, links, clock);
        digests = new DigestService(digestStore, directory, host.issues, host.permissions, templates, outbox, links);
        subscriptions = new SubscriptionService(subscriptionStore, directory, new AuditTrail(auditStore), clock);
    }

    /** A user with e-mail {@code username@example.org} (null e-mail when {@code email} is false). */
    public UserSummary user(String username, AccountType type, boolean email) {
        return host.directory.addUser(username, "Name of " + username, email ? username + "@example.org" : null,
                type);
    }

    /** A static customer group over a new Jira group with these members; returns its id. */
    public long group(String name, String... usernames) {
        host.directory.addJiraGroup(name, usernames);
        return groupStore.create(name, GroupKind.STATIC, null, GroupSettings.defaults(), DemoHelpdesk.ADMIN, NOW)
                .id();
    }

    public void share(IssueRef issue, long groupId) {
        String name = groupStore.findById(groupId).orElseThrow().name();
        shareStore.add(new TicketShare(issue.id(), issue.projectId(), groupId, name, issue.reporterKey(),
                ShareSource.AGENT, DemoHelpdesk.AGENT, NOW));
    }

    @Override
    public void close() {
        db.close();
    }

    /** The demo directory, recording the page requests of {@link #members} (to see that groups are paged). */
    public static final class PagingDirectory implements Directory {
        private final FakeDirectory d;
        public final List<PageRequest> memberPages = new ArrayList<>();

        PagingDirectory(FakeDirectory d) {
            this.d = d;
        }

        @Override
        public Page<UserSummary> members(String groupName, String query, PageRequest page) {
            memberPages.add(page);
            return d.members(groupName, query, page);
        }

        @Override
        public Optional<UserSummary> userByName(String username) {
            return d.userByName(username);
        }

        @Override
        public Optional<UserSummary> userByKey(String userKey) {
            return d.userByKey(userKey);
        }

        @Override
        public Page<UserSummary> findUsers(String query, AccountType type, PageRequest page) {
            return d.findUsers(query, type, page);
        }

        @Override
        public Optional<String> groupName(String name) {
            return d.groupName(name);
        }

        @Override
        public Page<String> findGroups(String query, PageRequest page) {
            return d.findGroups(query, page);
        }

        @Override
        public void createGroup(String name) {
            d.createGroup(name);
        }

        @Override
        public void deleteGroup(String name) {
            d.deleteGroup(name);
        }

        @Override
        public int memberCount(String groupName) {
            return d.memberCount(groupName);
        }

        @Override
        public boolean isMember(String groupName, String username) {
            return d.isMember(groupName, username);
        }

        @Override
        public boolean addMember(String groupName, String username) {
            return d.addMember(groupName, username);
        }

        @Override
        public boolean removeMember(String groupName, String username) {
            return d.removeMember(groupName, username);
        }

        @Override
        public void grantStandardAccess(String username) {
            d.grantStandardAccess(username);
        }
    }
}
