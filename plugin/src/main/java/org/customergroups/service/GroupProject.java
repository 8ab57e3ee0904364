package org.customergroups.service;

import org.customergroups.domain.ProjectRef;

/** A project whose catalog holds a group, with that project's Auto-share switch for it. */
public record GroupProject(ProjectRef project, boolean autoShare) {
}
