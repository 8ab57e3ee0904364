package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProjectRef;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Projects;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A project's catalog of customer groups. Project admins (and Jira admins) change it; its agents may see it.
 * Removing a group from a catalog keeps the group and every existing share.
 */
public final class CatalogService {

    public static final int MAX_GROUP_IDS = 100;

    private final CatalogStore catalog;
    private final CustomerGroupStore groups;
    private final Projects projects;
    private final GroupService groupService;
    private final GroupAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public CatalogService(CatalogStore catalog, CustomerGroupStore groups, Projects projects,
                          GroupService groupService, GroupAccess access, AuditTrail audit, Clock clock) {
        this.catalog = catalog;
        this.groups = groups;
        this.projects = projects;
        this.groupService = groupService;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's catalog: its default groups first, then the others, each part ordered by group name. */
    public Page<CatalogItem> list(String actor, String projectKey, PageRequest page) {
        ProjectRef project = Lookups.project(projects, projectKey);
        access.requireSeeCatalog(actor, project.id(), project.key());
        // The store orders by name only; the default groups (at most three) in this catalog are put first.
        List<CustomerGroup> defaults = new ArrayList<>();
        Map<Long, CatalogEntry> defaultEntries = new HashMap<>();
        for (CustomerGroup g : groups.ofKind(GroupKind.DEFAULT)) {
            catalog.find(project.id(), g.id()).ifPresent(e -> {
                defaults.add(g);
                defaultEntries.put(g.id(), e);
            });
        }
        int k = defaults.size();
        List<CatalogItem> items = new ArrayList<>();
        for (int i = page.start(); i < k && items.size() < page.limit(); i++) {
            CustomerGroup g = defaults.get(i);
            items.add(new CatalogItem(defaultEntries.get(g.id()), groupService.details(actor, g)));
        }
        long total;
        if (k == 0) {
            Page<CatalogEntry> entries = catalog.list(project.id(), page);
            items.addAll(items(actor, entries.values(), Set.of()));
            total = entries.total();
        } else {
            // The others' positions depend on where the default groups sort in the store's (database collation)
            // order, so they are counted from the start: bounded by the size of one project's catalog.
            Set<Long> defaultIds = defaultEntries.keySet();
            int from = Math.max(0, page.start() - k);
            int wanted = page.limit() - items.size();
            int others = 0;
            int offset = 0;
            total = 0;
            while (true) {
                Page<CatalogEntry> batch = catalog.list(project.id(), new PageRequest(offset, PageRequest.MAX_LIMIT));
                total = batch.total();
                List<CatalogEntry> slice = new ArrayList<>();
                for (CatalogEntry e : batch.values()) {
                    if (defaultIds.contains(e.groupId())) {
                        continue;
                    }
                    if (others >= from && others < from + wanted) {
                        slice.add(e);
                    }
                    others++;
                }
                items.addAll(items(actor, slice, defaultIds));
                offset += batch.values().size();
                if (batch.values().isEmpty() || offset >= batch.total() || others >= from + wanted) {
                    break;
                }
            }
        }
        return Page.of(page, total, items);
    }

    /** The entries' items, in the entries' order, leaving out {@code skip} and groups that are gone. */
    private List<CatalogItem> items(String actor, List<CatalogEntry> entries, Set<Long> skip) {
        Map<Long, CustomerGroup> byId = groups.findByIds(entries.stream().map(CatalogEntry::groupId).toList())
                .stream().collect(Collectors.toMap(CustomerGroup::id, Function.identity()));
        List<CatalogItem> items = new ArrayList<>();
        for (CatalogEntry e : entries) {
            CustomerGroup g = byId.get(e.groupId());
            if (g != null && !skip.contains(g.id())) {
                items.add(new CatalogItem(e, groupService.details(actor, g)));
            }
        }
        return items;
    }

    /**
     * Adds existing customer groups (all or nothing: an unknown id is 404, a group the actor cannot see is 403,
     * and nothing is added then). Groups already in the catalog are reported, not an error.
     */
    public CatalogChange addExisting(String actor, String projectKey, List<Long> groupIds) {
        ProjectRef project = Lookups.project(projects, projectKey);
        access.requireManageCatalog(actor, project.id(), project.key());
        if (groupIds == null || groupIds.isEmpty()) {
            throw DomainException.invalid("groupIds", "cg.error.catalog.group.ids.empty");
        }
        if (groupIds.size() > MAX_GROUP_IDS) {
            throw DomainException.invalid("groupIds", "cg.error.catalog.group.ids.too.many", MAX_GROUP_IDS);
        }
        if (groupIds.stream().anyMatch(Objects::isNull)) {
            throw DomainException.invalid("groupIds", "cg.error.catalog.group.id.invalid");
        }
        Set<Long> ids = new LinkedHashSet<>(groupIds);
        Map<Long, CustomerGroup> byId = groups.findByIds(ids).stream()
                .collect(Collectors.toMap(CustomerGroup::id, Function.identity()));
        Predicate<CustomerGroup> canView = access.viewer(actor);
        List<CustomerGroup> toAdd = new ArrayList<>();
        for (Long id : ids) {
            CustomerGroup g = byId.get(id);
            if (g == null) {
                throw DomainException.notFound("cg.error.group.not.found", id);
            }
            // Adopting a group makes this project a "using project": its admins and agents gain the rights the
            // group's policies give them. So a group can only be adopted by those its view policy lets see it.
            if (!canView.test(g)) {
                throw DomainException.forbidden("cg.error.catalog.add.forbidden", id);
            }
            toAdd.add(g);
        }
        Instant now = clock.instant();
        List<CatalogItem> added = new ArrayList<>();
        List<CatalogItem> already = new ArrayList<>();
        for (CustomerGroup g : toAdd) {
            boolean isNew = catalog.add(project.id(), g.id(), false, actor, now);
            CatalogEntry entry = catalog.find(project.id(), g.id()).orElseThrow();
            (isNew ? added : already).add(new CatalogItem(entry, groupService.details(actor, g)));
        }
        audit.recordAll(added.stream()
                .map(item -> AuditEntry.of(AuditAction.CATALOG_ADDED, AuditCause.MANUAL, actor, now)
                        .project(project.id()).group(item.group().group().id(), item.group().group().name()).build())
                .toList());
        return new CatalogChange(added, already);
    }

    /** Creates a customer group (see {@link GroupService#create}) and adds it to the project's catalog. */
    public CatalogItem createAndAdd(String actor, String projectKey, String name, String description) {
        ProjectRef project = Lookups.project(projects, projectKey);
        access.requireManageCatalog(actor, project.id(), project.key());
        GroupDetails created = groupService.createIn(actor, name, description, project);
        CatalogEntry entry = catalog.find(project.id(), created.group().id()).orElseThrow();
        return new CatalogItem(entry, created);
    }

    public CatalogItem setAutoShare(String actor, String projectKey, long groupId, boolean autoShare) {
        ProjectRef project = Lookups.project(projects, projectKey);
        access.requireManageCatalog(actor, project.id(), project.key());
        CustomerGroup group = Lookups.group(groups, groupId);
        CatalogEntry before = catalog.find(project.id(), groupId).orElseThrow(() -> notInCatalog(group, project));
        CatalogEntry entry = catalog.setAutoShare(project.id(), groupId, autoShare)
                .orElseThrow(() -> notInCatalog(group, project));
        if (before.autoShare() != autoShare) {
            audit.record(AuditEntry.of(AuditAction.AUTO_SHARE_CHANGED, AuditCause.MANUAL, actor, clock.instant())
                    .project(project.id()).group(group.id(), group.name())
                    .change(onOff(before.autoShare()), onOff(autoShare))
                    .build());
        }
        return new CatalogItem(entry, groupService.details(actor, group));
    }

    /** Removes the group from the catalog (Auto-share stops); the group and existing shares stay. */
    public void remove(String actor, String projectKey, long groupId) {
        ProjectRef project = Lookups.project(projects, projectKey);
        access.requireManageCatalog(actor, project.id(), project.key());
        CustomerGroup group = Lookups.group(groups, groupId);
        if (!catalog.remove(project.id(), groupId)) {
            throw notInCatalog(group, project);
        }
        audit.record(AuditEntry.of(AuditAction.CATALOG_REMOVED, AuditCause.MANUAL, actor, clock.instant())
                .project(project.id()).group(group.id(), group.name()).build());
    }

    /** The projects whose catalog holds the group, ordered by key (the group's Projects tab; view policy). */
    public Page<GroupProject> projectsOf(String actor, long groupId, PageRequest page) {
        CustomerGroup group = Lookups.group(groups, groupId);
        access.requireView(actor, group);
        List<ProjectRef> all = projects.byIds(catalog.projectIdsOf(groupId));
        int from = Math.min(page.start(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        List<GroupProject> values = new ArrayList<>();
        for (ProjectRef p : all.subList(from, to)) {
            Optional<CatalogEntry> entry = catalog.find(p.id(), groupId);
            values.add(new GroupProject(p, entry.map(CatalogEntry::autoShare).orElse(false)));
        }
        return Page.of(page, all.size(), values);
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static DomainException notInCatalog(CustomerGroup group, ProjectRef project) {
        return DomainException.notFound("cg.error.catalog.group.not.in.catalog", group.name(), project.key());
    }
}
