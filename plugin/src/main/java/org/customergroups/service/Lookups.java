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
                .orElseThrow(() -> projectNotFound(k));
    }

    /** The 404 of an unknown project key; also what a hidden project answers, so that both look the same. */
    static DomainException projectNotFound(String key) {
        return DomainException.notFound("cg.error.project.not.found", key == null ? "" : key.strip());
    }

    /**
     * The project, for a signed-in project or Jira admin: 401 anonymous, 404 unknown project, else 403 with
     * {@code forbiddenKey} naming the project.
     */
    static ProjectRef manageableProject(Projects projects, GroupAccess access, String actor, String projectKey,
                                        String forbiddenKey) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        ProjectRef project = project(projects, projectKey);
        if (!access.canManageCatalog(actor, project.id())) {
            throw DomainException.forbidden(forbiddenKey, project.key());
        }
        return project;
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
