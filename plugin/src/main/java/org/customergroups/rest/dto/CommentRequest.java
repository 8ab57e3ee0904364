package org.customergroups.rest.dto;

/** {@code {"body": "..."}}: a portal comment. */
public record CommentRequest(String body) {
}
