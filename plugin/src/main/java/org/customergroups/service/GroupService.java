package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.EmailDomains;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupNames;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProjectRef;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Projects;
import org.customergroups.port.RestrictionStore;
import org.customergroups.port.ShareStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Creating, finding, editing and deleting customer groups. Every method checks the actor's rights itself. */
public final class GroupService {

    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_NAMES = 100;
    private static final int SCAN_BATCH = PageRequest.MAX_LIMIT;

    private final CustomerGroupStore groups;
    private final CatalogStore catalog;
    private final Directory directory;
    private final Projects projects;
    private final GroupAccess access;
    private final CustomerAdminPeers peers;
    private final ShareStore shares;
    private final ShareCascade cascade;
    private final RestrictionStore restrictions;
    private final AuditTrail audit;
    private final Clock clock;

    public GroupService(CustomerGroupStore groups, CatalogStore catalog, Directory directory, Projects projects,
                        GroupAccess access, CustomerAdminPeers peers, ShareStore shares, ShareCascade cascade,
                        RestrictionStore restrictions, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.catalog = catalog;
        this.directory = directory;
        this.projects = projects;
        this.access = access;
        this.peers = peers;
        this.shares = shares;
        this.cascade = cascade;
        this.restrictions = restrictions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a STATIC customer group: creates the Jira group when there is none of that name (ignoring case),
     * else marks the existing one (Jira admins only: marking would hand an existing group's membership to the
     * group's updaters). With {@code projectKey} the group is also added to that project's catalog.
     */
    public GroupDetails create(String actor, String rawName, String rawDescription, String projectKey) {
        ProjectRef project = projectKey == null || projectKey.isBlank() ? null : Lookups.project(projects, projectKey);
        return createIn(actor, rawName, rawDescription, project);
    }

    /** {@link #create} for a project already looked up ({@code project} may be null). */
    GroupDetails createIn(String actor, String rawName, String rawDescription, ProjectRef project) {
        access.requireCreateGroup(actor, project == null ? null : project.id(), project == null ? null : project.key());
        String name = GroupNames.validate("name", rawName);
        String description = description(rawDescription);
        groups.findByName(name).ifPresent(existing -> {
            throw DomainException.conflict("cg.error.group.already.customer", existing.name());
        });
        Optional<String> jiraName = directory.groupName(name);
        if (jiraName.isPresent()) {
            if (!access.isJiraAdmin(actor)) {
                throw DomainException.forbidden("cg.error.group.mark.forbidden", jiraName.get());
            }
        } else {
            directory.createGroup(name);
        }
        Instant now = clock.instant();
        CustomerGroup group = groups.create(jiraName.orElse(name), GroupKind.STATIC, description,
                GroupSettings.defaults(), actor, now);
        AuditEntry.Builder created = AuditEntry.of(AuditAction.GROUP_CREATED, AuditCause.MANUAL, actor, now)
                .group(group.id(), group.name())
                .change(null, "jiraGroup: " + (jiraName.isPresent() ? "existing" : "created"));
        List<AuditEntry> trail = new ArrayList<>();
        if (project != null) {
            created.project(project.id());
            trail.add(created.build());
            if (catalog.add(project.id(), group.id(), false, actor, now)) {
                trail.add(AuditEntry.of(AuditAction.CATALOG_ADDED, AuditCause.MANUAL, actor, now)
                        .project(project.id()).group(group.id(), group.name()).build());
            }
        } else {
            trail.add(created.build());
        }
        audit.recordAll(trail);
        return details(actor, group);
    }

    public GroupDetails get(String actor, long id) {
        CustomerGroup group = Lookups.group(groups, id);
        access.requireView(actor, group);
        return details(actor, group);
    }

    /** The customer groups among {@code names} (exact, ignoring case) that the actor may see, by name. */
    public Page<GroupDetails> findByNames(String actor, List<String> names) {
        if (names.size() > MAX_NAMES) {
            throw DomainException.invalid("name", "cg.error.group.names.too.many", MAX_NAMES);
        }
        Map<Long, CustomerGroup> found = new LinkedHashMap<>();
        Predicate<CustomerGroup> visible = access.viewer(actor);
        for (String raw : names) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            groups.findByName(raw.strip())
                    .filter(visible)
                    .ifPresent(g -> found.putIfAbsent(g.id(), g));
        }
        List<GroupDetails> values = found.values().stream()
                .sorted(Comparator.comparing((CustomerGroup g) -> g.name().toLowerCase(Locale.ROOT)))
                .map(g -> details(actor, g))
                .toList();
        return new Page<>(0, Math.max(1, names.size()), values.size(), values);
    }

    /** Groups whose name contains {@code query}, that the actor may see, ordered by name. */
    public Page<GroupDetails> search(String actor, String query, PageRequest page) {
        if (access.isJiraAdmin(actor)) {
            return groups.search(query, page).map(g -> details(actor, g));
        }
        // Visibility depends on each group's policy and catalogs, so the visible list is found by a scan
        // (one catalog query per group; permission facts are memoised per project).
        Predicate<CustomerGroup> canView = access.viewer(actor);
        Slice<CustomerGroup> slice = new Slice<>(page);
        int offset = 0;
        while (true) {
            Page<CustomerGroup> batch = groups.search(query, new PageRequest(offset, SCAN_BATCH));
            batch.values().stream().filter(canView).forEach(slice::offer);
            offset += batch.values().size();
            if (batch.values().isEmpty() || offset >= batch.total()) {
                return slice.page().map(g -> details(actor, g));
            }
        }
    }

    /** Changes description and global settings (update policy). DEFAULT groups cannot be edited. */
    public GroupDetails update(String actor, long id, GroupChanges changes) {
        CustomerGroup group = Lookups.group(groups, id);
        access.requireUpdate(actor, group);
        if (group.kind() == GroupKind.DEFAULT) {
            throw DomainException.invalid(null, "cg.error.group.default.immutable");
        }
        String description = changes.description() == null ? group.description() : description(changes.description());
        GroupSettings current = group.settings();
        GroupSettings settings = new GroupSettings(
                changes.autoJoinDomains() == null ? current.autoJoinDomains()
                        : EmailDomains.validate("settings.autoJoinDomains", changes.autoJoinDomains()),
                changes.twoFactorRequired() == null ? current.twoFactorRequired() : changes.twoFactorRequired(),
                changes.viewPolicy() == null ? current.viewPolicy() : changes.viewPolicy(),
                changes.updatePolicy() == null ? current.updatePolicy() : changes.updatePolicy());
        // A dynamic group's members come from its rule only (the domain belongs in the rule); clearing is fine.
        if (group.kind() == GroupKind.DYNAMIC && !settings.autoJoinDomains().isEmpty()) {
            throw DomainException.invalid("settings.autoJoinDomains", "cg.error.autojoin.dynamic");
        }
        CustomerGroup updated = groups.update(id, description, settings)
                .orElseThrow(() -> DomainException.notFound("cg.error.group.not.found", id));
        recordUpdate(actor, group, updated);
        return details(actor, updated);
    }

    /**
     * Removes the customer-group mark, the group from every catalog, from every project's Authorized Reporters and
     * every ticket share of the group (those issues are reindexed). With {@code deleteJiraGroup} the Jira group is
     * deleted too, which needs a Jira admin.
     * DEFAULT groups cannot be deleted.
     */
    public void delete(String actor, long id, boolean deleteJiraGroup) {
        CustomerGroup group = Lookups.group(groups, id);
        access.requireDelete(actor, group);
        if (group.kind() == GroupKind.DEFAULT) {
            throw DomainException.invalid(null, "cg.error.group.default.immutable");
        }
        if (deleteJiraGroup) {
            access.requireJiraAdmin(actor, "cg.error.group.delete.jira.admin.required");
        }
        // Out of every catalog first: from then on no share can be added (sharing and Auto-share need the catalog).
        // The shares go before the mark, so that a delete that fails half-way can be repeated and still finds the
        // group; removing the shares again (a concurrent delete) touches and reindexes nothing.
        // Each step is recorded as soon as it succeeded: a delete that fails half-way and is repeated finds
        // nothing left to remove in the steps already done, so only the trail can tell they happened.
        List<Long> usingProjects = catalog.projectIdsOf(id);
        catalog.removeEverywhere(id);
        Instant now = clock.instant();
        audit.recordAll(usingProjects.stream()
                .map(p -> AuditEntry.of(AuditAction.CATALOG_REMOVED, AuditCause.GROUP_DELETED, actor, now)
                        .project(p).group(id, group.name()).build())
                .toList());
        // A deleted group cannot authorize reporters; left in a list it would only confuse the project's admins.
        List<Long> restricting = restrictions.removeGroupEverywhere(id);
        Instant removedAt = clock.instant();
        audit.recordAll(restricting.stream()
                .map(p -> AuditEntry.of(AuditAction.RESTRICTION_CHANGED, AuditCause.GROUP_DELETED, actor, removedAt)
                        .project(p).group(id, group.name())
                        .change("authorizedGroup: " + group.name(), null).build())
                .toList());
        cascade.onGroupDeleted(id, actor);
        boolean deleted = groups.delete(id);
        boolean jiraGroupDeleted = false;
        if (deleteJiraGroup) {
            Optional<String> jiraName = directory.groupName(group.name());
            jiraName.ifPresent(directory::deleteGroup);
            jiraGroupDeleted = jiraName.isPresent();
        }
        if (deleted || jiraGroupDeleted) {
            audit.record(AuditEntry.of(AuditAction.GROUP_DELETED, AuditCause.MANUAL, actor, clock.instant())
                    .group(id, group.name())
                    .change(null, "jiraGroup: " + (jiraGroupDeleted ? "deleted" : "kept"))
                    .build());
        }
    }

    /** What deleting the group would touch (view policy): its using projects and the tickets shared with it. */
    public GroupUsage usage(String actor, long id) {
        CustomerGroup group = Lookups.group(groups, id);
        access.requireView(actor, group);
        return new GroupUsage(catalog.projectIdsOf(id).size(), shares.countOfGroup(id));
    }

    /** GROUP_UPDATED with what changed, "field: value" per changed field, joined by "; "; nothing when nothing did. */
    private void recordUpdate(String actor, CustomerGroup before, CustomerGroup after) {
        List<String> was = new ArrayList<>();
        List<String> now = new ArrayList<>();
        change("description", before.description(), after.description(), was, now);
        GroupSettings b = before.settings();
        GroupSettings a = after.settings();
        change("autoJoinDomains", String.join(", ", b.autoJoinDomains()), String.join(", ", a.autoJoinDomains()),
                was, now);
        change("twoFactorRequired", String.valueOf(b.twoFactorRequired()), String.valueOf(a.twoFactorRequired()),
                was, now);
        change("viewPolicy", b.viewPolicy().name(), a.viewPolicy().name(), was, now);
        change("updatePolicy", b.updatePolicy().name(), a.updatePolicy().name(), was, now);
        if (!was.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.GROUP_UPDATED, AuditCause.MANUAL, actor, clock.instant())
                    .group(after.id(), after.name())
                    .change(String.join("; ", was), String.join("; ", now))
                    .build());
        }
    }

    private static void change(String field, String before, String after, List<String> was, List<String> now) {
        if (!before.equals(after)) {
            was.add(field + ": " + before);
            now.add(field + ": " + after);
        }
    }

    /** The group with the member count the actor may see ({@link CustomerAdminPeers#memberCount}). */
    GroupDetails details(String actor, CustomerGroup group) {
        return new GroupDetails(group, peers.memberCount(actor, group));
    }

    private static String description(String raw) {
        String d = raw == null ? "" : raw.strip();
        if (d.length() > MAX_DESCRIPTION) {
            throw DomainException.invalid("description", "cg.error.group.description.too.long", MAX_DESCRIPTION);
        }
        return d;
    }
}
