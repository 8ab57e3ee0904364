package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.ProjectRestriction;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Permissions;
import org.customergroups.port.Projects;
import org.customergroups.port.RestrictionStore;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Restricted projects and their Authorized Reporters groups (project admins read and change them). In a
 * restricted project only members of an authorized group and the project's agents may create tickets through
 * the plugin (form, portal, REST). Changes are recorded as RESTRICTION_CHANGED.
 */
public final class RestrictionService {

    public static final int MAX_GROUP_IDS = 100;

    private final RestrictionStore store;
    private final CustomerGroupStore groups;
    private final Projects projects;
    private final Permissions permissions;
    private final Directory directory;
    private final GroupAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public RestrictionService(RestrictionStore store, CustomerGroupStore groups, Projects projects,
                              Permissions permissions, Directory directory, GroupAccess access, AuditTrail audit,
                              Clock clock) {
        this.store = store;
        this.groups = groups;
        this.projects = projects;
        this.permissions = permissions;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ProjectRestriction get(String actor, String projectKey) {
        ProjectRef project = manageable(actor, projectKey);
        return store.find(project.id()).orElse(ProjectRestriction.open(project.id()));
    }

    /** Replaces the flag and the list; unknown group ids are 400 naming them. */
    public ProjectRestriction put(String actor, String projectKey, boolean restricted, List<Long> groupIds) {
        ProjectRef project = manageable(actor, projectKey);
        List<Long> ids = groupIds == null ? List.of() : groupIds;
        if (ids.size() > MAX_GROUP_IDS) {
            throw DomainException.invalid("groupIds", "cg.error.restricted.group.ids.too.many", MAX_GROUP_IDS);
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw DomainException.invalid("groupIds", "cg.error.restricted.group.id.invalid");
        }
        Set<Long> wanted = new TreeSet<>(ids);
        Set<Long> known = groups.findByIds(wanted).stream().map(CustomerGroup::id).collect(Collectors.toSet());
        List<Long> unknown = wanted.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("groupIds", "cg.error.restricted.group.unknown",
                    unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        ProjectRestriction before = store.find(project.id()).orElse(ProjectRestriction.open(project.id()));
        ProjectRestriction saved = store.put(new ProjectRestriction(project.id(), restricted, List.copyOf(wanted),
                actor, clock.instant()));
        if (before.restricted() != saved.restricted()
                || !before.authorizedGroupIds().equals(saved.authorizedGroupIds())) {
            audit.record(AuditEntry.of(AuditAction.RESTRICTION_CHANGED, AuditCause.MANUAL, actor, clock.instant())
                    .project(project.id())
                    .change(describe(before), describe(saved))
                    .build());
        }
        return saved;
    }

    /** The restriction's group ids as groups, by name (ids whose group is gone are left out). */
    public List<CustomerGroup> groupsOf(ProjectRestriction restriction) {
        Map<Long, CustomerGroup> byId = groups.findByIds(restriction.authorizedGroupIds()).stream()
                .collect(Collectors.toMap(CustomerGroup::id, Function.identity()));
        return restriction.authorizedGroupIds().stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing((CustomerGroup g) -> g.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Whether the user (key) may create tickets in the project through the plugin. No exception. */
    public boolean mayCreate(String userKey, long projectId) {
        ProjectRestriction r = store.find(projectId).orElse(null);
        if (r == null || !r.restricted()) {
            return true;
        }
        if (userKey == null) {
            return false;
        }
        if (permissions.isAgent(userKey, projectId)) {
            return true;
        }
        String username = directory.userByKey(userKey).map(u -> u.username()).orElse(null);
        return username != null && groups.findByIds(r.authorizedGroupIds()).stream()
                .anyMatch(g -> directory.isMember(g.name(), username));
    }

    /** 403 naming the project unless the actor may create tickets there (the plugin's create paths call this). */
    public void requireMayCreate(String actor, ProjectRef project) {
        if (!mayCreate(actor, project.id())) {
            throw DomainException.forbidden("cg.error.restricted.not.authorized", project.key());
        }
    }

    private ProjectRef manageable(String actor, String projectKey) {
        return Lookups.manageableProject(projects, access, actor, projectKey, "cg.error.restricted.manage.forbidden");
    }

    /** "restricted: Acme, Globex" or "open" (with the list kept, if any), for the audit trail's before/after. */
    private String describe(ProjectRestriction r) {
        String names = groupsOf(r).stream().map(CustomerGroup::name).collect(Collectors.joining(", "));
        String text = (r.restricted() ? "restricted" : "open") + (names.isEmpty() ? "" : ": " + names);
        return text.length() > AuditEntry.MAX_VALUE ? text.substring(0, AuditEntry.MAX_VALUE) : text;
    }
}
