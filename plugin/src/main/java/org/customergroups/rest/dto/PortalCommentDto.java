package org.customergroups.rest.dto;

import org.customergroups.domain.PublicComment;

/**
 * A public comment on a portal request page. {@code author} carries the key and the display name the host gave
 * (its {@code username} is null: the portal does not show usernames); null when the comment has no author.
 * {@code body} is the text as stored (plain text: clients escape it).
 */
public record PortalCommentDto(long id, UserRefDto author, String body, String created) {

    public static PortalCommentDto from(PublicComment c) {
        UserRefDto author = c.authorKey() == null ? null : new UserRefDto(c.authorKey(), null, c.authorName());
        return new PortalCommentDto(c.id(), author, c.body(), c.created() == null ? null : c.created().toString());
    }
}
