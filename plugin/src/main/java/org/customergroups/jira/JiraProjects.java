package org.customergroups.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.customergroups.domain.ProjectRef;
import org.customergroups.port.Projects;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Jira's projects through {@link ProjectManager} (which keeps them in memory). */
public class JiraProjects implements Projects {

    private final ProjectManager projectManager;

    public JiraProjects(ProjectManager projectManager) {
        this.projectManager = projectManager;
    }

    /** By current or previous key (Jira keeps the keys a project had before a rename), ignoring case. */
    @Override
    public Optional<ProjectRef> byKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String k = key.trim();
        return Optional.ofNullable(JiraCalls.call("look up a project by key", () -> projectManager.getProjectObjByKey(k)))
                .map(JiraProjects::ref);
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return Optional.ofNullable(project(id)).map(JiraProjects::ref);
    }

    @Override
    public List<ProjectRef> byIds(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct()
                .map(this::project).filter(Objects::nonNull).map(JiraProjects::ref)
                .sorted(Comparator.comparing(ProjectRef::key))
                .toList();
    }

    private Project project(long id) {
        return JiraCalls.call("look up a project", () -> projectManager.getProjectObj(id));
    }

    private static ProjectRef ref(Project p) {
        return new ProjectRef(p.getId(), p.getKey(), p.getName());
    }
}
