package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.TicketShare;
import org.customergroups.port.ShareStore;
import org.customergroups.store.ao.TicketShareEntity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import static org.customergroups.store.ao.TicketShareEntity.GROUP_ID;
import static org.customergroups.store.ao.TicketShareEntity.GROUP_NAME;
import static org.customergroups.store.ao.TicketShareEntity.ISSUE_GROUP;
import static org.customergroups.store.ao.TicketShareEntity.ISSUE_ID;
import static org.customergroups.store.ao.TicketShareEntity.PROJECT_ID;
import static org.customergroups.store.ao.TicketShareEntity.REPORTER_KEY;
import static org.customergroups.store.ao.TicketShareEntity.SHARED_AT;
import static org.customergroups.store.ao.TicketShareEntity.SHARED_BY;
import static org.customergroups.store.ao.TicketShareEntity.SOURCE;

/**
 * Ticket shares in Active Objects; see {@link TicketShareEntity} for the copied columns and the
 * indexes. Every read is one indexed query; the bulk removals (a reporter left the group, the group
 * was deleted) are set-based: one select of the affected issue ids and one delete per batch of at
 * most {@link Ids#MAX_IN_LIST} reporters, in one transaction, whatever the number of issues.
 * Writes that collide with a concurrent transaction and are rolled back by the database are run
 * again ({@link TransientConflicts}); each write is its own transaction.
 *
 * <p>An issue's shares are bounded by the size of its project's catalog, so they are read whole and
 * put in group-name order here rather than by the database: the databases Jira supports collate
 * differently (PostgreSQL's "C" collation puts every upper-case letter first, MySQL ignores case),
 * and the field value must read the same on all of them. The order ignores case, as Jira compares
 * group names, with the exact name as tie-breaker.
 */
public final class AoShareStore implements ShareStore {

    /** Group names ignoring case (as Jira compares them), then exactly, so that the order is total. */
    static final Comparator<String> NAME_ORDER = Comparator.<String, String>comparing(n -> n.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private static final Comparator<TicketShare> SHARE_ORDER = Comparator.comparing(TicketShare::groupName, NAME_ORDER)
            .thenComparingLong(TicketShare::groupId);

    private final ActiveObjects ao;

    public AoShareStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Idempotent: false when the pair is already there, also when another request inserted it at
     * the same moment (the unique {@code ISSUE_GROUP} refuses the second insert).
     *
     * @throws IllegalArgumentException when the group id cannot be a customer group's (AO ids are
     *                                  positive ints), or the name, source or time is missing
     */
    @Override
    public boolean add(TicketShare share) {
        if (!Ids.fitsEntityId(share.groupId())) {
            throw new IllegalArgumentException("Not a customer group id: " + share.groupId());
        }
        if (share.groupName() == null || share.source() == null || share.sharedAt() == null) {
            throw new IllegalArgumentException("A share needs a group name, a source and a time: " + share);
        }
        return TransientConflicts.retry(() -> insert(share));
    }

    private boolean insert(TicketShare share) {
        long issueId = share.issueId();
        long groupId = share.groupId();
        if (entity(issueId, groupId).isPresent()) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(TicketShareEntity.class,
                    new DBParam(ISSUE_ID, issueId),
                    new DBParam(PROJECT_ID, share.projectId()),
                    new DBParam(GROUP_ID, groupId),
                    new DBParam(ISSUE_GROUP, issueGroup(issueId, groupId)),
                    new DBParam(GROUP_NAME, share.groupName()),
                    new DBParam(REPORTER_KEY, share.reporterKey()),
                    new DBParam(SOURCE, share.source()),
                    new DBParam(SHARED_BY, share.sharedBy()),
                    new DBParam(SHARED_AT, Date.from(share.sharedAt()))));
            return true;
        } catch (RuntimeException e) {
            if (UniqueViolations.lostRace(e, () -> entity(issueId, groupId).isPresent())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean remove(long issueId, long groupId) {
        return TransientConflicts.retry(() -> ao.deleteWithSQL(TicketShareEntity.class, ISSUE_GROUP + " = ?",
                issueGroup(issueId, groupId)) > 0);
    }

    @Override
    public Optional<TicketShare> find(long issueId, long groupId) {
        return entity(issueId, groupId).map(AoShareStore::toRecord);
    }

    @Override
    public List<TicketShare> ofIssue(long issueId) {
        return Arrays.stream(ao.find(TicketShareEntity.class, Query.select().where(ISSUE_ID + " = ?", issueId)))
                .map(AoShareStore::toRecord)
                .sorted(SHARE_ORDER)
                .toList();
    }

    @Override
    public List<String> groupNamesOf(long issueId) {
        return Arrays.stream(ao.find(TicketShareEntity.class,
                        Query.select("ID, " + GROUP_NAME).where(ISSUE_ID + " = ?", issueId)))
                .map(TicketShareEntity::getGroupName)
                .sorted(NAME_ORDER)
                .toList();
    }

    /**
     * One transaction; per batch of at most {@link Ids#MAX_IN_LIST} distinct reporter keys (null
     * keys are ignored: an issue without reporter has no reporter who could leave), one select of the
     * affected issue ids and one delete with the same condition, both on the
     * {@code (GROUP_ID, REPORTER_KEY)} index. Returns the issue ids in ascending order.
     *
     * <p>A share that another transaction commits for one of these reporters between the select and
     * the delete is deleted without being in the result (under read-committed isolation the delete
     * sees it, the select did not). That only leaves the issue's search index stale until its next
     * reindex; access checks read this table, not the index.
     */
    @Override
    public List<TicketShare> removeForReporters(long groupId, Collection<String> reporterKeys) {
        List<List<String>> batches = Ids.batches(reporterKeys);
        if (batches.isEmpty()) {
            return List.of();
        }
        return TransientConflicts.retry(() -> ao.executeInTransaction(() -> {
            Map<Long, TicketShare> removed = new TreeMap<>();
            for (List<String> batch : batches) {
                Object[] params = new Object[batch.size() + 1];
                params[0] = groupId;
                for (int i = 0; i < batch.size(); i++) {
                    params[i + 1] = batch.get(i);
                }
                String where = GROUP_ID + " = ? AND " + REPORTER_KEY + " IN (" + Ids.placeholders(batch.size()) + ")";
                collect(where, params, removed);
                ao.deleteWithSQL(TicketShareEntity.class, where, params);
            }
            return List.copyOf(removed.values());
        }));
    }

    /** One transaction: the group's issue ids, then one delete; ids in ascending order. */
    @Override
    public List<TicketShare> removeGroup(long groupId) {
        return TransientConflicts.retry(() -> ao.executeInTransaction(() -> {
            Map<Long, TicketShare> removed = new TreeMap<>();
            collect(GROUP_ID + " = ?", new Object[] {groupId}, removed);
            ao.deleteWithSQL(TicketShareEntity.class, GROUP_ID + " = ?", groupId);
            return List.copyOf(removed.values());
        }));
    }

    @Override
    public int countOfGroup(long groupId) {
        return ao.count(TicketShareEntity.class, Query.select().where(GROUP_ID + " = ?", groupId));
    }

    @Override
    public int removeIssue(long issueId) {
        return TransientConflicts.retry(() -> ao.deleteWithSQL(TicketShareEntity.class, ISSUE_ID + " = ?", issueId));
    }

    /**
     * Reads the issue's shares (bounded by the catalog) and saves only those whose copied project
     * or reporter differs, in one transaction; returns how many it saved.
     */
    @Override
    public int updateIssue(long issueId, long projectId, String reporterKey) {
        return TransientConflicts.retry(() -> ao.executeInTransaction(() -> {
            int changed = 0;
            for (TicketShareEntity e : ao.find(TicketShareEntity.class,
                    Query.select().where(ISSUE_ID + " = ?", issueId))) {
                if (e.getProjectId() != projectId || !Objects.equals(e.getReporterKey(), reporterKey)) {
                    e.setProjectId(projectId);
                    e.setReporterKey(reporterKey);
                    e.save();
                    changed++;
                }
            }
            return changed;
        }));
    }

    /** The synthetic unique key of an (issue, group) pair; see {@link TicketShareEntity}. */
    static String issueGroup(long issueId, long groupId) {
        return issueId + ":" + groupId;
    }

    /** The rows about to be deleted, by issue id (one group: one row per issue), for reindex and audit. */
    private void collect(String where, Object[] params, Map<Long, TicketShare> into) {
        for (TicketShareEntity e : ao.find(TicketShareEntity.class, Query.select().where(where, params))) {
            into.put(e.getIssueId(), toRecord(e));
        }
    }

    private Optional<TicketShareEntity> entity(long issueId, long groupId) {
        TicketShareEntity[] found = ao.find(TicketShareEntity.class,
                Query.select().where(ISSUE_GROUP + " = ?", issueGroup(issueId, groupId)));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static TicketShare toRecord(TicketShareEntity e) {
        return new TicketShare(e.getIssueId(), e.getProjectId(), e.getGroupId(), e.getGroupName(),
                e.getReporterKey(), e.getSource(), e.getSharedBy(), e.getSharedAt().toInstant());
    }
}
