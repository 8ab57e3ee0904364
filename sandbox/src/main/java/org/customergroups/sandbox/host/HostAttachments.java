package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.sandbox.host.ao.HostAttachmentEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/** The tickets' attachments as the host records them (names and sizes only: the sandbox stores no files). */
public final class HostAttachments {

    /** An attachment; {@code id} is its row id, {@code author} a username (null: unknown). */
    public record Attachment(long id, long issueId, String filename, long size, String mimeType, String author,
                             Instant created) {
    }

    private final ActiveObjects ao;

    public HostAttachments(ActiveObjects ao) {
        this.ao = ao;
    }

    public Attachment attach(long issueId, String filename, long size, String mimeType, String author, Instant now) {
        HostAttachmentEntity e = ao.executeInTransaction(() -> ao.create(HostAttachmentEntity.class,
                new DBParam(HostAttachmentEntity.ISSUE_ID, issueId),
                new DBParam(HostAttachmentEntity.FILENAME, filename),
                new DBParam(HostAttachmentEntity.FILE_SIZE, size),
                new DBParam(HostAttachmentEntity.MIME_TYPE, mimeType),
                new DBParam(HostAttachmentEntity.AUTHOR, author),
                new DBParam(HostAttachmentEntity.CREATED, Date.from(now))));
        return toRecord(e);
    }

    /** The issue's attachments in the order they were added. */
    public List<Attachment> of(long issueId) {
        return Arrays.stream(ao.find(HostAttachmentEntity.class, Query.select()
                        .where(HostAttachmentEntity.ISSUE_ID + " = ?", issueId).order("ID")))
                .map(HostAttachments::toRecord)
                .toList();
    }

    private static Attachment toRecord(HostAttachmentEntity e) {
        return new Attachment(e.getID(), e.getIssueId(), e.getFilename(), e.getFileSize(), e.getMimeType(),
                e.getAuthor(), e.getCreated().toInstant());
    }
}
