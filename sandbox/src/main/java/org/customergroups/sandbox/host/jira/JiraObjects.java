package org.customergroups.sandbox.host.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.domain.ProjectRef;
import org.customergroups.port.Projects;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostProjects;

import java.util.Optional;

/** Jira's objects (issue, project, user) for the sandbox's rows, as Jira hands them to plugin code. */
public final class JiraObjects {

    private final HostDirectory directory;
    private final HostProjects projects;
    private final Projects projectPort;

    public JiraObjects(HostDirectory directory, HostProjects projects, Projects projectPort) {
        this.directory = directory;
        this.projects = projects;
        this.projectPort = projectPort;
    }

    public Optional<SandboxJiraIssue> issue(long issueId) {
        return projects.findIssue(issueId).map(this::issue);
    }

    public SandboxJiraIssue issue(HostIssue issue) {
        return new SandboxJiraIssue(issue, project(issue.projectKey()), user(issue.reporter()));
    }

    /** The project of a stored ticket (which always has one). */
    public Project project(String projectKey) {
        ProjectRef ref = projectPort.byKey(projectKey)
                .orElseThrow(() -> new IllegalStateException("No sandbox project " + projectKey));
        String lead = projects.findProject(projectKey).map(p -> p.lead()).orElse(null);
        return new SandboxJiraProject(ref.id(), ref.key(), ref.name(), user(lead));
    }

    /** The user, or null when there is none by that name (as Jira returns null). */
    public ApplicationUser user(String username) {
        return directory.findUser(username).map(SandboxApplicationUser::new).orElse(null);
    }
}
