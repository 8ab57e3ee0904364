package org.customergroups.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A Jira group marked for helpdesk use: the group's name plus the plugin's metadata about it.
 * {@code id} is the plugin's stable numeric id, used in REST paths because group names may contain '/'.
 */
public record CustomerGroup(long id, String name, GroupKind kind, String description, GroupSettings settings,
                            String createdBy, Instant createdAt) {

    public CustomerGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        description = description == null ? "" : description;
        settings = settings == null ? GroupSettings.defaults() : settings;
    }
}
