package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Issues;
import org.customergroups.port.Permissions;
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

    /**
     * The issue, if the actor may browse it. An unknown key and an issue the actor cannot see give the same 404,
     * so that nobody learns which issues exist.
     */
    static IssueRef issue(Issues issues, Permissions permissions, String actor, String key) {
        String k = key == null ? "" : key.strip();
        return (k.isEmpty() ? Optional.<IssueRef>empty() : issues.byKey(k))
                .filter(i -> permissions.canBrowseIssue(actor, i.id()))
                .orElseThrow(() -> DomainException.notFound("cg.error.share.issue.not.found", k));
    }
}
