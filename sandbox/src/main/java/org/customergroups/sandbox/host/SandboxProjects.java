package org.customergroups.sandbox.host;

import org.customergroups.domain.ProjectRef;
import org.customergroups.port.Projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The plugin's {@link Projects} port over the sandbox's project table; a project's id is its row id. */
public final class SandboxProjects implements Projects {

    private static final String SELECT = "SELECT \"ID\", \"PROJECT_KEY\", \"NAME\" FROM {PROJECT}";

    private final HostSql sql;

    public SandboxProjects(HostSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return one(SELECT + " WHERE \"PROJECT_KEY\" = ?", key);
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return one(SELECT + " WHERE \"ID\" = ?", id);
    }

    /** Ids are bounded by the number of projects (catalog look-ups), so one IN list is fine. */
    @Override
    public List<ProjectRef> byIds(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        String marks = distinct.stream().map(id -> "?").collect(Collectors.joining(", "));
        return sql.list(SELECT + " WHERE \"ID\" IN (" + marks + ") ORDER BY \"PROJECT_KEY\"",
                rs -> new ProjectRef(rs.getLong(1), rs.getString(2), rs.getString(3)), distinct.toArray());
    }

    private Optional<ProjectRef> one(String statement, Object param) {
        return sql.list(statement, rs -> new ProjectRef(rs.getLong(1), rs.getString(2), rs.getString(3)), param)
                .stream().findFirst();
    }
}
