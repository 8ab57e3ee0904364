package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A comment on a ticket (Jira's jiraaction rows of type comment), read in the order written.
 * {@code VISIBILITY_TYPE} ("role" or "group") and {@code VISIBILITY_VALUE} restrict it as Jira's
 * comment visibility does (its level and role level); both null for a public comment.
 */
@Table("COMMENT")
public interface HostCommentEntity extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String AUTHOR = "AUTHOR";
    String BODY = "BODY";
    String CREATED = "CREATED";
    String VISIBILITY_TYPE = "VISIBILITY_TYPE";
    String VISIBILITY_VALUE = "VISIBILITY_VALUE";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** Username of the author. */
    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    Date getCreated();

    void setCreated(Date created);

    String getVisibilityType();

    void setVisibilityType(String visibilityType);

    String getVisibilityValue();

    void setVisibilityValue(String visibilityValue);
}
