package org.customergroups.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A Jira group marked for helpdesk use: the group's name plus the plugin's metadata about it.
 * {@code id} is the plugin's stable numeric id, used in REST paths because group names may contain '/'.
 * {@code rule} is the membership rule's text (docs/rule-language.md) of a DYNAMIC group, null for every other kind.
 */
public record CustomerGroup(long id, String name, GroupKind kind, String description, GroupSettings settings,
                            String createdBy, Instant createdAt, String rule) {

    public CustomerGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        description = description == null ? "" : description;
        settings = settings == null ? GroupSettings.defaults() : settings;
        if ((kind == GroupKind.DYNAMIC) != (rule != null)) {
            throw new IllegalArgumentException("a rule belongs to DYNAMIC groups only: " + kind);
        }
    }

    /** The same group without a rule (for callers that do not care about rules). */
    public CustomerGroup(long id, String name, GroupKind kind, String description, GroupSettings settings,
                         String createdBy, Instant createdAt) {
        this(id, name, kind, description, settings, createdBy, createdAt, null);
    }

    /** Which built-in group this is; empty for STATIC and DYNAMIC groups. */
    public java.util.Optional<DefaultGroup> defaultGroup() {
        return kind == GroupKind.DEFAULT ? DefaultGroup.byName(name) : java.util.Optional.empty();
    }
}
