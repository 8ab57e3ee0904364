package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.port.CatalogStore;
import org.customergroups.store.ao.CatalogEntity;
import org.customergroups.store.ao.CustomerGroupEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.customergroups.store.ao.CatalogEntity.ADDED_AT;
import static org.customergroups.store.ao.CatalogEntity.ADDED_BY;
import static org.customergroups.store.ao.CatalogEntity.AUTO_SHARE;
import static org.customergroups.store.ao.CatalogEntity.GROUP_ID;
import static org.customergroups.store.ao.CatalogEntity.GROUP_LOWER_NAME;
import static org.customergroups.store.ao.CatalogEntity.PROJECT_GROUP;
import static org.customergroups.store.ao.CatalogEntity.PROJECT_ID;

/**
 * Project catalogs in Active Objects. A page of a catalog is one query on the
 * {@code (PROJECT_ID, GROUP_LOWER_NAME)} index plus a count; see {@link CatalogEntity} for why the
 * group's name is copied into the catalog row.
 */
public final class AoCatalogStore implements CatalogStore {

    private final ActiveObjects ao;

    public AoCatalogStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Idempotent: false when the pair is already there, also when another request inserted it at
     * the same moment (the unique {@code PROJECT_GROUP} refuses the second insert).
     *
     * @throws IllegalArgumentException when there is no customer group {@code groupId}
     */
    @Override
    public boolean add(long projectId, long groupId, boolean autoShare, String addedBy, Instant addedAt) {
        if (find(projectId, groupId).isPresent()) {
            return false;
        }
        String groupLowerName = groupLowerName(groupId)
                .orElseThrow(() -> new IllegalArgumentException("No customer group with id " + groupId));
        try {
            ao.executeInTransaction(() -> ao.create(CatalogEntity.class,
                    new DBParam(PROJECT_ID, projectId),
                    new DBParam(GROUP_ID, groupId),
                    new DBParam(PROJECT_GROUP, projectGroup(projectId, groupId)),
                    new DBParam(GROUP_LOWER_NAME, groupLowerName),
                    new DBParam(AUTO_SHARE, autoShare),
                    new DBParam(ADDED_BY, addedBy),
                    new DBParam(ADDED_AT, Date.from(addedAt))));
            return true;
        } catch (RuntimeException e) {
            if (UniqueViolations.lostRace(e, () -> find(projectId, groupId).isPresent())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean remove(long projectId, long groupId) {
        return ao.deleteWithSQL(CatalogEntity.class, PROJECT_GROUP + " = ?", projectGroup(projectId, groupId)) > 0;
    }

    @Override
    public Optional<CatalogEntry> setAutoShare(long projectId, long groupId, boolean autoShare) {
        return ao.executeInTransaction(() -> entity(projectId, groupId).map(e -> {
            if (e.isAutoShare() != autoShare) {
                e.setAutoShare(autoShare);
                e.save();
            }
            return toRecord(e);
        }));
    }

    @Override
    public Optional<CatalogEntry> find(long projectId, long groupId) {
        return entity(projectId, groupId).map(AoCatalogStore::toRecord);
    }

    @Override
    public Page<CatalogEntry> list(long projectId, PageRequest page) {
        return page(page, PROJECT_ID + " = ?", projectId);
    }

    @Override
    public List<CatalogEntry> autoShared(long projectId) {
        return Arrays.stream(ao.find(CatalogEntity.class, Query.select()
                        .where(PROJECT_ID + " = ? AND " + AUTO_SHARE + " = ?", projectId, true)
                        .order(GROUP_LOWER_NAME)))
                .map(AoCatalogStore::toRecord)
                .toList();
    }

    @Override
    public Page<CatalogEntry> search(long projectId, String query, PageRequest page) {
        if (query == null || query.isBlank()) {
            return list(projectId, page);
        }
        return page(page, PROJECT_ID + " = ? AND " + GROUP_LOWER_NAME + " LIKE ? ESCAPE '" + Like.ESCAPE + "'",
                projectId, Like.contains(query.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<Long> projectIdsOf(long groupId) {
        return Arrays.stream(ao.find(CatalogEntity.class, Query.select()
                        .where(GROUP_ID + " = ?", groupId)
                        .order(PROJECT_ID)))
                .map(CatalogEntity::getProjectId)
                .toList();
    }

    @Override
    public int removeEverywhere(long groupId) {
        return ao.deleteWithSQL(CatalogEntity.class, GROUP_ID + " = ?", groupId);
    }

    /** The synthetic unique key of a (project, group) pair; see {@link CatalogEntity}. */
    static String projectGroup(long projectId, long groupId) {
        return projectId + ":" + groupId;
    }

    /**
     * One page of the project's entries matching {@code where}, by group name (the {@code (PROJECT_ID,
     * GROUP_LOWER_NAME)} index serves the project and the order). The count query runs only when the page does not
     * tell the total: it is full, or empty past the start.
     */
    private Page<CatalogEntry> page(PageRequest page, String where, Object... params) {
        CatalogEntity[] found = ao.find(CatalogEntity.class, Query.select()
                .where(where, params)
                .order(GROUP_LOWER_NAME)
                .offset(page.start())
                .limit(page.limit()));
        long total = Pages.total(page.start(), page.limit(), found.length,
                () -> ao.count(CatalogEntity.class, Query.select().where(where, params)));
        return Page.of(page, total, Arrays.stream(found).map(AoCatalogStore::toRecord).toList());
    }

    private Optional<String> groupLowerName(long groupId) {
        if (!Ids.fitsEntityId(groupId)) {
            return Optional.empty();
        }
        CustomerGroupEntity[] found = ao.find(CustomerGroupEntity.class,
                Query.select().where("ID = ?", (int) groupId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0].getLowerName());
    }

    private Optional<CatalogEntity> entity(long projectId, long groupId) {
        CatalogEntity[] found = ao.find(CatalogEntity.class,
                Query.select().where(PROJECT_GROUP + " = ?", projectGroup(projectId, groupId)));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static CatalogEntry toRecord(CatalogEntity e) {
        return new CatalogEntry(e.getProjectId(), e.getGroupId(), e.isAutoShare(), e.getAddedBy(),
                e.getAddedAt().toInstant());
    }
}
