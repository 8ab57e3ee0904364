package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A comment on a ticket (Jira's jiraaction rows of type comment), read in the order written. */
@Table("COMMENT")
public interface HostCommentEntity extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String AUTHOR = "AUTHOR";
    String BODY = "BODY";
    String CREATED = "CREATED";

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
}
