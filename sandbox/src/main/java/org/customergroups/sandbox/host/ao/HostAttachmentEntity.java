package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A file attached to a ticket (Jira's fileattachment rows): its name, size in bytes, MIME type, who
 * attached it and when. The sandbox keeps no file content: the portal lists attachments read-only.
 */
@Table("ATTACHMENT")
public interface HostAttachmentEntity extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String FILENAME = "FILENAME";
    // Not SIZE: a keyword in some SQL dialects.
    String FILE_SIZE = "FILE_SIZE";
    String MIME_TYPE = "MIME_TYPE";
    String AUTHOR = "AUTHOR";
    String CREATED = "CREATED";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getFilename();

    void setFilename(String filename);

    @NotNull
    long getFileSize();

    void setFileSize(long fileSize);

    String getMimeType();

    void setMimeType(String mimeType);

    /** Username of who attached it. */
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    Date getCreated();

    void setCreated(Date created);
}
