package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.DigestEntry;
import org.customergroups.domain.Notice;
import org.customergroups.port.DigestStore;
import org.customergroups.store.ao.DigestEntity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.customergroups.store.ao.DigestEntity.ACTOR_NAME;
import static org.customergroups.store.ao.DigestEntity.AT;
import static org.customergroups.store.ao.DigestEntity.COMMENT_TEXT;
import static org.customergroups.store.ao.DigestEntity.FROM_STATUS;
import static org.customergroups.store.ao.DigestEntity.GROUP_NAME;
import static org.customergroups.store.ao.DigestEntity.ISSUE_ID;
import static org.customergroups.store.ao.DigestEntity.ISSUE_KEY;
import static org.customergroups.store.ao.DigestEntity.NOTICE_KIND;
import static org.customergroups.store.ao.DigestEntity.SUMMARY;
import static org.customergroups.store.ao.DigestEntity.TO_STATUS;
import static org.customergroups.store.ao.DigestEntity.USER_KEY;

/** Notices waiting for the daily digest, in Active Objects; see {@link DigestEntity}. */
public final class AoDigestStore implements DigestStore {

    /** A digest quotes a comment; the full text is on the issue. */
    static final int COMMENT_MAX = 4_000;

    private final ActiveObjects ao;

    public AoDigestStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Texts longer than their columns are cut (the comment to {@link #COMMENT_MAX} characters). */
    @Override
    public void add(String userKey, Notice notice) {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(notice, "notice");
        ao.executeInTransaction(() -> ao.create(DigestEntity.class,
                new DBParam(USER_KEY, userKey),
                new DBParam(NOTICE_KIND, notice.kind()),
                new DBParam(ISSUE_ID, notice.issueId()),
                new DBParam(ISSUE_KEY, Texts.cut(notice.issueKey(), Texts.VARCHAR)),
                new DBParam(SUMMARY, Texts.cut(notice.summary(), Texts.VARCHAR)),
                new DBParam(ACTOR_NAME, Texts.cut(notice.actorName(), Texts.VARCHAR)),
                new DBParam(COMMENT_TEXT, Texts.cut(notice.comment(), COMMENT_MAX)),
                new DBParam(FROM_STATUS, Texts.cut(notice.fromStatus(), Texts.VARCHAR)),
                new DBParam(TO_STATUS, Texts.cut(notice.toStatus(), Texts.VARCHAR)),
                new DBParam(GROUP_NAME, Texts.cut(notice.groupName(), Texts.VARCHAR)),
                new DBParam(AT, Date.from(notice.at()))));
    }

    /**
     * Walks the {@code USER_KEY} index from {@code afterUserKey}: each query reads up to {@code limit} rows after the
     * last key seen, so a user with many waiting notices costs one more query, not a scan of them all, and every
     * query brings at least one new user (at most {@code limit} queries). AO cannot select distinct values of one
     * column through entities (it always adds the id), hence the loop.
     */
    @Override
    public List<String> waitingUsers(String afterUserKey, int limit) {
        if (limit < 1) {
            return List.of();
        }
        Set<String> users = new LinkedHashSet<>();
        String after = afterUserKey;
        while (users.size() < limit) {
            Query query = Query.select("ID, " + USER_KEY);
            query = after == null ? query : query.where(USER_KEY + " > ?", after);
            DigestEntity[] rows = ao.find(DigestEntity.class, query.order(USER_KEY).limit(limit));
            for (int i = 0; i < rows.length && users.size() < limit; i++) {
                users.add(rows[i].getUserKey());
            }
            if (rows.length < limit) {
                break;
            }
            after = rows[rows.length - 1].getUserKey();
        }
        return List.copyOf(users);
    }

    @Override
    public List<DigestEntry> of(String userKey, int limit) {
        if (userKey == null || limit < 1) {
            return List.of();
        }
        return Arrays.stream(ao.find(DigestEntity.class, Query.select()
                        .where(USER_KEY + " = ?", userKey)
                        .order(AT + ", ID")
                        .limit(limit)))
                .map(AoDigestStore::toRecord)
                .toList();
    }

    @Override
    public int delete(Collection<Long> ids) {
        int deleted = 0;
        for (List<Integer> chunk : Ids.chunks(ids)) {
            Object[] params = chunk.toArray();
            deleted += TransientConflicts.retry(() -> ao.deleteWithSQL(DigestEntity.class,
                    "ID IN (" + Ids.placeholders(params.length) + ")", params));
        }
        return deleted;
    }

    private static DigestEntry toRecord(DigestEntity e) {
        return new DigestEntry(e.getID(), e.getUserKey(), new Notice(e.getNoticeKind(), e.getIssueId(),
                e.getIssueKey(), e.getSummary(), e.getActorName(), e.getCommentText(), e.getFromStatus(),
                e.getToStatus(), e.getGroupName(), e.getAt().toInstant()));
    }
}
