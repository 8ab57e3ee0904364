package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Projects;

import java.util.Optional;

/** The 404s every use case shares. */
final class Lookups {

    private Lookups() {
    }

    static CustomerGroup group(CustomerGroupStore groups, long id) {
        return groups.findById(id).orElseThrow(() -> DomainException.notFound("cg.error.group.not.found", id));
    }

    static ProjectRef project(Projects projects, String key) {
        String k = key == null ? "" : key.strip();
        return (k.isEmpty() ? Optional.<ProjectRef>empty() : projects.byKey(k))
                .orElseThrow(() -> DomainException.notFound("cg.error.project.not.found", k));
    }

    static UserSummary user(Directory directory, String username) {
        String u = username == null ? "" : username.strip();
        return (u.isEmpty() ? Optional.<UserSummary>empty() : directory.userByName(u))
                .orElseThrow(() -> DomainException.notFound("cg.error.user.not.found", u));
    }
}
