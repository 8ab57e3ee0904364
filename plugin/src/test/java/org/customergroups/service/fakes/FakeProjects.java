package org.customergroups.service.fakes;

import org.customergroups.domain.ProjectRef;
import org.customergroups.port.Projects;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stands in for Jira's projects. */
public final class FakeProjects implements Projects {

    private final Map<Long, ProjectRef> byId = new LinkedHashMap<>();

    public ProjectRef add(long id, String key, String name) {
        ProjectRef p = new ProjectRef(id, key, name);
        byId.put(id, p);
        return p;
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return byId.values().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<ProjectRef> byIds(Collection<Long> ids) {
        return ids.stream().distinct().map(byId::get).filter(p -> p != null)
                .sorted(Comparator.comparing(ProjectRef::key)).toList();
    }
}
