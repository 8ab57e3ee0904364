package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.customergroups.domain.ShareSource;

import java.util.Date;

/**
 * One Jira issue shared with one customer group (table {@code AO_<hash>_TICKET_SHARE}, 22 characters,
 * well inside the 30 that Oracle and the Atlassian name converters allow).
 *
 * <p>An (issue, group) pair may appear only once, but Active Objects can only declare single-column
 * unique constraints (there is no composite unique annotation, and a plugin cannot run its own DDL
 * portably across Jira's databases). So {@code ISSUE_GROUP} holds the synthetic key
 * {@code issueId + ":" + groupId} with a unique constraint: a second insert of the same pair, even
 * from another cluster node at the same moment, fails in the database. {@code AoShareStore} is the
 * only writer.
 *
 * <p>Issue, project and group ids are Jira's (and, for the group, this plugin's) ids, stored as
 * {@code BIGINT} columns: Jira issue and project ids are longs. They are not foreign keys: the issue
 * lives in Jira's tables, which AO cannot reference.
 *
 * <p>Three values are copies, each so that one question is one indexed query without a join:
 * <ul>
 *   <li>{@code GROUP_NAME}: the field value ({@code groupNamesOf}) is read on every issue view,
 *       search result and access check. The copy cannot go stale: Jira groups cannot be renamed,
 *       and deleting the customer group removes its shares.</li>
 *   <li>{@code REPORTER_KEY} and {@code PROJECT_ID}: the issue's current reporter (a Jira user key;
 *       null when the issue has none) and project, kept current by {@code updateIssue} when the issue
 *       moves or its reporter changes. "The reporter left the group" then is one delete on the
 *       {@code (GROUP_ID, REPORTER_KEY)} index, whatever the number of issues.</li>
 * </ul>
 *
 * <p>Indexes: {@code ISSUE_ID} (the field value, the issue's shares, {@code updateIssue},
 * {@code removeIssue}) and {@code (GROUP_ID, REPORTER_KEY)} (the cascade; its leading column also
 * serves {@code removeGroup} and {@code countOfGroup}).
 */
@Preload
@Table("TICKET_SHARE")
@Indexes(@Index(name = "group_reporter", methodNames = {"getGroupId", "getReporterKey"}))
public interface TicketShareEntity extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String GROUP_ID = "GROUP_ID";
    String ISSUE_GROUP = "ISSUE_GROUP";
    String GROUP_NAME = "GROUP_NAME";
    String REPORTER_KEY = "REPORTER_KEY";
    String SOURCE = "SOURCE";
    String SHARED_BY = "SHARED_BY";
    String SHARED_AT = "SHARED_AT";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    /** Indexed by the (GROUP_ID, REPORTER_KEY) index, whose leading column it is. */
    @NotNull
    long getGroupId();

    void setGroupId(long groupId);

    @NotNull
    @Unique
    String getIssueGroup();

    void setIssueGroup(String issueGroup);

    @NotNull
    String getGroupName();

    void setGroupName(String groupName);

    /** The issue's reporter (Jira user key); null when the issue has no reporter. */
    String getReporterKey();

    void setReporterKey(String reporterKey);

    /** Stored as the constant's name (VARCHAR). */
    @NotNull
    ShareSource getSource();

    void setSource(ShareSource source);

    /** Who shared it (Jira user key); null when the system did (e.g. Auto-share without a user). */
    String getSharedBy();

    void setSharedBy(String userKey);

    @NotNull
    Date getSharedAt();

    void setSharedAt(Date sharedAt);
}
