package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.port.AuditStore;
import org.customergroups.store.ao.AuditEntryEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.customergroups.store.ao.AuditEntryEntity.ACTION;
import static org.customergroups.store.ao.AuditEntryEntity.ACTOR_KEY;
import static org.customergroups.store.ao.AuditEntryEntity.AFTER_VALUE;
import static org.customergroups.store.ao.AuditEntryEntity.AT;
import static org.customergroups.store.ao.AuditEntryEntity.BEFORE_VALUE;
import static org.customergroups.store.ao.AuditEntryEntity.CAUSE;
import static org.customergroups.store.ao.AuditEntryEntity.GROUP_ID;
import static org.customergroups.store.ao.AuditEntryEntity.GROUP_NAME;
import static org.customergroups.store.ao.AuditEntryEntity.ISSUE_ID;
import static org.customergroups.store.ao.AuditEntryEntity.PROJECT_ID;
import static org.customergroups.store.ao.AuditEntryEntity.USER_KEY;

/**
 * The audit trail in Active Objects; see {@link AuditEntryEntity} for the indexes. Entries are inserted with AO's
 * batch create (one JDBC batch per {@link #INSERT_BATCH} rows, all in one transaction), so that a cascade touching
 * thousands of issues costs a few statements, not one round trip per row. Pages are newest first ({@code AT},
 * then {@code ID}, both descending: entries of one cascade share their time); exports page by id instead
 * ({@link #chunk}), which costs the same for the last chunk as for the first.
 */
public final class AoAuditStore implements AuditStore {

    static final int INSERT_BATCH = 1_000;
    /** Rows per purge statement: short transactions, so the purge never holds many locks at once. */
    static final int PURGE_BATCH = Ids.MAX_IN_LIST;

    private static final String NEWEST_FIRST = AT + " DESC, ID DESC";

    private final ActiveObjects ao;

    public AoAuditStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(List<AuditEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            rows.add(row(e));
        }
        ao.executeInTransaction(() -> {
            for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
                ao.create(AuditEntryEntity.class, rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH)));
            }
            return null;
        });
    }

    /**
     * One query for the page; the count runs only when the page does not tell the total (it is full, or empty past
     * the start).
     */
    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        Filter filter = Filter.of(query);
        AuditEntryEntity[] found = ao.find(AuditEntryEntity.class, filter.applyTo(Query.select())
                .order(NEWEST_FIRST)
                .offset(page.start())
                .limit(page.limit()));
        long total = Pages.total(page.start(), page.limit(), found.length,
                () -> ao.count(AuditEntryEntity.class, filter.applyTo(Query.select())));
        return Page.of(page, total, Arrays.stream(found).map(AoAuditStore::toRecord).toList());
    }

    /** @throws IllegalArgumentException when {@code limit} is not positive */
    @Override
    public List<AuditEntry> chunk(AuditQuery query, long beforeId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (beforeId <= 1) {
            return List.of();
        }
        Filter filter = Filter.of(query);
        if (beforeId <= Integer.MAX_VALUE) {
            filter = filter.and("ID < ?", (int) beforeId);
        }
        return Arrays.stream(ao.find(AuditEntryEntity.class, filter.applyTo(Query.select())
                        .order("ID DESC")
                        .limit(limit)))
                .map(AoAuditStore::toRecord)
                .toList();
    }

    /**
     * Per batch of {@link #PURGE_BATCH} rows, oldest first: one select of their ids (on the {@code AT} index) and one
     * delete by id, each its own short transaction, so that a first purge of years of history neither holds a huge
     * transaction nor blocks the writers for long.
     */
    @Override
    public int purgeBefore(Instant cutoff) {
        Date before = Date.from(cutoff);
        int purged = 0;
        while (true) {
            AuditEntryEntity[] batch = ao.find(AuditEntryEntity.class, Query.select("ID")
                    .where(AT + " < ?", before)
                    .order(AT + ", ID")
                    .limit(PURGE_BATCH));
            if (batch.length == 0) {
                return purged;
            }
            Object[] ids = Arrays.stream(batch).map(AuditEntryEntity::getID).toArray();
            purged += TransientConflicts.retry(() -> ao.deleteWithSQL(AuditEntryEntity.class,
                    "ID IN (" + Ids.placeholders(ids.length) + ")", ids));
            if (batch.length < PURGE_BATCH) {
                return purged;
            }
        }
    }

    /** A row for AO's batch create: column names, enum objects, values cut to their columns. */
    private static Map<String, Object> row(AuditEntry e) {
        Map<String, Object> row = new HashMap<>();
        row.put(AT, Date.from(e.at()));
        row.put(ACTOR_KEY, e.actorKey());
        row.put(ACTION, e.action());
        row.put(CAUSE, e.cause());
        row.put(PROJECT_ID, e.projectId());
        row.put(ISSUE_ID, e.issueId());
        row.put(GROUP_ID, e.groupId());
        row.put(GROUP_NAME, Texts.cut(e.groupName(), Texts.VARCHAR));
        row.put(USER_KEY, e.userKey());
        row.put(BEFORE_VALUE, Texts.cut(e.before(), AuditEntry.MAX_VALUE));
        row.put(AFTER_VALUE, Texts.cut(e.after(), AuditEntry.MAX_VALUE));
        return row;
    }

    private static AuditEntry toRecord(AuditEntryEntity e) {
        return new AuditEntry(e.getID(), e.getAt().toInstant(), e.getActorKey(), e.getAction(), e.getCause(),
                e.getProjectId(), e.getIssueId(), e.getGroupId(), e.getGroupName(), e.getUserKey(),
                e.getBeforeValue(), e.getAfterValue());
    }

    /** The WHERE clause of an {@link AuditQuery}: one indexed condition per part that is set. */
    private record Filter(String where, List<Object> params) {

        static Filter of(AuditQuery query) {
            Filter f = new Filter("", List.of());
            if (query == null) {
                return f;
            }
            if (query.projectId() != null) {
                f = f.and(PROJECT_ID + " = ?", query.projectId());
            }
            if (query.issueId() != null) {
                f = f.and(ISSUE_ID + " = ?", query.issueId());
            }
            if (query.groupId() != null) {
                f = f.and(GROUP_ID + " = ?", query.groupId());
            }
            if (query.userKey() != null) {
                f = f.and("(" + ACTOR_KEY + " = ? OR " + USER_KEY + " = ?)", query.userKey(), query.userKey());
            }
            if (query.action() != null) {
                f = f.and(ACTION + " = ?", query.action().name());
            }
            if (query.from() != null) {
                f = f.and(AT + " >= ?", Date.from(query.from()));
            }
            if (query.to() != null) {
                f = f.and(AT + " < ?", Date.from(query.to()));
            }
            return f;
        }

        Filter and(String condition, Object... values) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(Arrays.asList(values));
            return new Filter(where.isEmpty() ? condition : where + " AND " + condition, all);
        }

        Query applyTo(Query query) {
            return where.isEmpty() ? query : query.where(where, params.toArray());
        }
    }
}
