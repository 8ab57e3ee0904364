package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates the built-in groups (DefaultGroup) when they are missing: the Jira group when there is none, and
 * the customer-group mark of kind DEFAULT. Idempotent and safe when two cluster nodes start together.
 *
 * <p>A new default group is visible to every licensed user (view policy EVERYONE: any project may add it to its
 * catalog) and changed by Jira admins only; an existing customer group of a built-in name keeps its settings and
 * becomes DEFAULT (recorded as GROUP_UPDATED "kind"). A DYNAMIC one loses its rule (a default group's members are
 * kept by the app or by hand, never by a rule): the entry's "before" holds the dropped rule, so it can be restored
 * elsewhere, and a warning is logged; its current members stay. Entries have no actor: the plugin did it when
 * enabled.
 */
public final class DefaultGroups {

    /** The settings of a newly created default group. */
    public static final GroupSettings SETTINGS =
            new GroupSettings(List.of(), false, ViewPolicy.EVERYONE, UpdatePolicy.JIRA_ADMINS);

    private static final Logger LOG = LoggerFactory.getLogger(DefaultGroups.class);

    private final CustomerGroupStore groups;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    public DefaultGroups(CustomerGroupStore groups, Directory directory, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Called when the plugin is enabled (jira/ DefaultGroupsStartup; the sandbox starts it the same way). */
    public void ensure() {
        for (DefaultGroup d : DefaultGroup.values()) {
            try {
                ensure(d);
            } catch (RuntimeException e) {
                // One group the host refuses (e.g. a read-only directory) must not keep the others from existing.
                LOG.error("Could not create the default customer group {}", d.groupName(), e);
            }
        }
    }

    /** The default groups that exist, in DefaultGroup order (at most three). */
    public List<CustomerGroup> present() {
        List<CustomerGroup> found = new ArrayList<>();
        for (CustomerGroup g : groups.ofKind(GroupKind.DEFAULT)) {
            if (g.defaultGroup().isPresent()) {
                found.add(g);
            }
        }
        found.sort((a, b) -> a.defaultGroup().orElseThrow().compareTo(b.defaultGroup().orElseThrow()));
        return found;
    }

    private void ensure(DefaultGroup d) {
        String jiraName = jiraGroup(d.groupName());
        Optional<CustomerGroup> existing = groups.findByName(jiraName);
        if (existing.isPresent()) {
            CustomerGroup g = existing.get();
            if (g.kind() != GroupKind.DEFAULT) {
                String before = "kind: " + g.kind().name() + (g.rule() == null ? "" : "; rule: " + g.rule());
                if (g.rule() != null) {
                    LOG.warn("Customer group {} (id {}) is now the default group {}: its membership rule was dropped"
                            + " (it is in the audit trail): {}", g.name(), g.id(), d.name(), g.rule());
                }
                groups.markDefault(g.id()).ifPresent(marked -> audit.record(
                        AuditEntry.of(AuditAction.GROUP_UPDATED, AuditCause.MANUAL, null, clock.instant())
                                .group(marked.id(), marked.name())
                                .change(before, "kind: " + GroupKind.DEFAULT.name())
                                .build()));
            }
            return;
        }
        CustomerGroup created;
        try {
            created = groups.create(jiraName, GroupKind.DEFAULT, "", SETTINGS, null, clock.instant());
        } catch (DomainException e) {
            // Another node marked it at the same moment: theirs is the one.
            if (groups.findByName(jiraName).isPresent()) {
                return;
            }
            throw e;
        }
        audit.record(AuditEntry.of(AuditAction.GROUP_CREATED, AuditCause.MANUAL, null, clock.instant())
                .group(created.id(), created.name())
                .change(null, "default: " + d.name())
                .build());
    }

    /** The Jira group's name as the host spells it, creating the group when there is none. */
    private String jiraGroup(String name) {
        Optional<String> existing = directory.groupName(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            directory.createGroup(name);
        } catch (RuntimeException e) {
            // Created by another node in the meantime?
            return directory.groupName(name).orElseThrow(() -> e);
        }
        return directory.groupName(name).orElse(name);
    }
}
