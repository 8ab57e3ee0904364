package org.customergroups.rest.dto;

import org.customergroups.domain.RequestContent;
import org.customergroups.service.PortalRequestView;

import java.util.List;

/** The portal's request page as JSON; texts are returned as stored (plain text), times ISO-8601 UTC. */
public record PortalRequestDto(String key, String summary, String description, String status, boolean done,
                               String created, String updated, UserRefDto reporter, IdKeyDto project,
                               List<String> sharedGroups, List<AttachmentDto> attachments,
                               PageDto<PortalCommentDto> comments, boolean canComment) {

    public record AttachmentDto(long id, String filename, long size, String created) {
    }

    public static PortalRequestDto from(PortalRequestView v) {
        RequestContent c = v.content();
        UserRefDto reporter = v.reporter() == null ? null : UserRefDto.of(v.reporter().key(), v.reporter());
        return new PortalRequestDto(c.issue().key(), c.summary(), c.description(), c.status(), c.done(),
                text(c.created()), text(c.updated()), reporter, new IdKeyDto(c.issue().projectId(),
                c.issue().projectKey()), v.sharedGroups(),
                c.attachments().stream().map(a -> new AttachmentDto(a.id(), a.filename(), a.size(),
                        text(a.created()))).toList(),
                PageDto.of(v.comments(), PortalCommentDto::from),
                // Everyone who may see a request may comment on it.
                true);
    }

    private static String text(Object instant) {
        return instant == null ? null : instant.toString();
    }
}
