package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.ProjectRestriction;
import org.customergroups.port.RestrictionStore;
import org.customergroups.store.ao.AuthorizedGroupEntity;
import org.customergroups.store.ao.RestrictionEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Restricted flags and Authorized Reporters lists in Active Objects; see {@link RestrictionEntity} and
 * {@link AuthorizedGroupEntity}. A list is bounded by the number of customer groups and read in one query.
 */
public final class AoRestrictionStore implements RestrictionStore {

    private final ActiveObjects ao;

    public AoRestrictionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<ProjectRestriction> find(long projectId) {
        return entity(projectId).map(e -> new ProjectRestriction(projectId, e.isRestricted(), groupIds(projectId),
                e.getUpdatedBy(), e.getUpdatedAt().toInstant()));
    }

    /**
     * The flag row is updated (or inserted) first and the list replaced in the same transaction, so a concurrent
     * save of the same project waits for this one and then replaces its list whole; a concurrent first save loses
     * the insert race and updates instead ({@link Upserts}). Duplicate ids are stored once.
     */
    @Override
    public ProjectRestriction put(ProjectRestriction r) {
        Objects.requireNonNull(r, "restriction");
        long projectId = r.projectId();
        Instant at = r.updatedAt() == null ? Instant.now() : r.updatedAt();
        Upserts.upsert(
                () -> ao.executeInTransaction(() -> entity(projectId).map(e -> {
                    e.setRestricted(r.restricted());
                    e.setUpdatedBy(r.updatedBy());
                    e.setUpdatedAt(Date.from(at));
                    e.save();
                    replaceList(projectId, r.authorizedGroupIds());
                    return true;
                }).orElse(false)),
                () -> ao.executeInTransaction(() -> {
                    ao.create(RestrictionEntity.class,
                            new DBParam(RestrictionEntity.PROJECT_ID, projectId),
                            new DBParam(RestrictionEntity.RESTRICTED, r.restricted()),
                            new DBParam(RestrictionEntity.UPDATED_BY, r.updatedBy()),
                            new DBParam(RestrictionEntity.UPDATED_AT, Date.from(at)));
                    replaceList(projectId, r.authorizedGroupIds());
                    return null;
                }),
                () -> entity(projectId).isPresent());
        return find(projectId).orElseThrow();
    }

    @Override
    public List<Long> removeGroupEverywhere(long groupId) {
        return TransientConflicts.retry(() -> ao.executeInTransaction(() -> {
            List<Long> projects = Arrays.stream(ao.find(AuthorizedGroupEntity.class, Query.select()
                            .where(AuthorizedGroupEntity.GROUP_ID + " = ?", groupId)))
                    .map(AuthorizedGroupEntity::getProjectId)
                    .distinct()
                    .sorted()
                    .toList();
            if (!projects.isEmpty()) {
                ao.deleteWithSQL(AuthorizedGroupEntity.class, AuthorizedGroupEntity.GROUP_ID + " = ?", groupId);
            }
            return projects;
        }));
    }

    private void replaceList(long projectId, List<Long> groupIds) {
        ao.deleteWithSQL(AuthorizedGroupEntity.class, AuthorizedGroupEntity.PROJECT_ID + " = ?", projectId);
        for (Long groupId : new TreeSet<>(groupIds)) {
            ao.create(AuthorizedGroupEntity.class,
                    new DBParam(AuthorizedGroupEntity.PROJECT_ID, projectId),
                    new DBParam(AuthorizedGroupEntity.GROUP_ID, groupId),
                    new DBParam(AuthorizedGroupEntity.PROJECT_GROUP, projectId + ":" + groupId));
        }
    }

    private List<Long> groupIds(long projectId) {
        return Arrays.stream(ao.find(AuthorizedGroupEntity.class, Query.select()
                        .where(AuthorizedGroupEntity.PROJECT_ID + " = ?", projectId)
                        .order(AuthorizedGroupEntity.GROUP_ID)))
                .map(AuthorizedGroupEntity::getGroupId)
                .toList();
    }

    private Optional<RestrictionEntity> entity(long projectId) {
        RestrictionEntity[] found = ao.find(RestrictionEntity.class,
                Query.select().where(RestrictionEntity.PROJECT_ID + " = ?", projectId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }
}
