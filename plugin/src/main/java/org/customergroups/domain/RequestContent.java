package org.customergroups.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the portal's request page shows of an issue (read without permission checks: the caller decided).
 * {@code description} is plain text as stored (rendered escaped); {@code attachments} are listed read-only.
 */
public record RequestContent(IssueRef issue, String summary, String description, String status, boolean done,
                             Instant created, Instant updated, List<Attachment> attachments) {

    public RequestContent {
        description = description == null ? "" : description;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    public record Attachment(long id, String filename, long size, Instant created) {
    }
}
