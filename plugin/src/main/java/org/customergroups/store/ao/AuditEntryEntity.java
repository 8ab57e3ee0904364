package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;

import java.util.Date;

/**
 * One audit-trail row (table {@code AO_<hash>_AUDIT_ENTRY}). Append-only: {@code AoAuditStore} inserts in bulk,
 * reads newest first and deletes only by age (retention).
 *
 * <p>Indexes: {@code AT} (the order of the unfiltered trail, the date range and the retention purge);
 * {@code (GROUP_ID, AT)}, {@code (ISSUE_ID, AT)} and {@code (PROJECT_ID, AT)} (a group's History tab, the issue panel,
 * the project filter): a database that can read an index backwards (PostgreSQL, MySQL, Oracle, SQL Server) finds the
 * newest 25 of one group by reading 25 index entries instead of sorting all of the group's rows (tens of thousands
 * for a big customer); {@code ACTOR_KEY} and {@code USER_KEY}
 * (the user filter matches either, which no single index orders). AO has no descending indexes and H2 reads indexes
 * forwards only, so on H2 (the sandbox) every newest-first page sorts its candidate rows.
 *
 * <p>Issue, project and group ids are not foreign keys: the rows must outlive what they describe. {@code GROUP_NAME}
 * is copied for the same reason.
 *
 * <p>Before/after values are at most {@code AuditEntry.MAX_VALUE} (1000) characters, more than AO's longest
 * VARCHAR ({@link StringLength#MAX_LENGTH}, 450), hence the unlimited columns. They are never filtered or sorted on.
 * Column names avoid SQL reserved words ({@code BEFORE} is one on MySQL).
 */
@Preload
@Table("AUDIT_ENTRY")
@Indexes({
    @Index(name = "group_at", methodNames = {"getGroupId", "getAt"}),
    @Index(name = "issue_at", methodNames = {"getIssueId", "getAt"}),
    @Index(name = "project_at", methodNames = {"getProjectId", "getAt"})
})
public interface AuditEntryEntity extends Entity {

    String AT = "AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String ACTION = "ACTION";
    String CAUSE = "CAUSE";
    String PROJECT_ID = "PROJECT_ID";
    String ISSUE_ID = "ISSUE_ID";
    String GROUP_ID = "GROUP_ID";
    String GROUP_NAME = "GROUP_NAME";
    String USER_KEY = "USER_KEY";
    String BEFORE_VALUE = "BEFORE_VALUE";
    String AFTER_VALUE = "AFTER_VALUE";

    @NotNull
    @Indexed
    Date getAt();

    void setAt(Date at);

    /** Jira user key of who did it; null = the system. */
    @Indexed
    String getActorKey();

    void setActorKey(String actorKey);

    /** Stored as the constant's name (VARCHAR). */
    @NotNull
    AuditAction getAction();

    void setAction(AuditAction action);

    @NotNull
    AuditCause getCause();

    void setCause(AuditCause cause);

    /** Indexed by the (PROJECT_ID, AT) index, whose leading column it is. */
    Long getProjectId();

    void setProjectId(Long projectId);

    /** Indexed by the (ISSUE_ID, AT) index, whose leading column it is. */
    Long getIssueId();

    void setIssueId(Long issueId);

    /** Indexed by the (GROUP_ID, AT) index, whose leading column it is. */
    Long getGroupId();

    void setGroupId(Long groupId);

    String getGroupName();

    void setGroupName(String groupName);

    /** Jira user key of the user the change concerned (a member added, a user upgraded...). */
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getBeforeValue();

    void setBeforeValue(String before);

    @StringLength(StringLength.UNLIMITED)
    String getAfterValue();

    void setAfterValue(String after);
}
