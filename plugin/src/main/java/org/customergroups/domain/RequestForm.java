package org.customergroups.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A project's online request form: title and intro (the admin's words; blank title = the project's name),
 * the summary field (always there, required), the description field (shown or not) and the Customer Group
 * block. {@code enabled} false: the form's public URL answers as for an unknown project (only the project's
 * editors learn that the form is off). {@code updatedBy} (user key)
 * and {@code updatedAt} are null for a project whose form was never saved ({@link #initial}).
 */
public record RequestForm(long projectId, boolean enabled, String title, String intro, boolean descriptionShown,
                          GroupBlock groupBlock, String updatedBy, Instant updatedAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INTRO = 5000;

    public RequestForm {
        title = title == null ? "" : title;
        intro = intro == null ? "" : intro;
        Objects.requireNonNull(groupBlock, "groupBlock");
    }

    /**
     * What a project that never saved its form has: NOT enabled (a project admin turns it on, so that no project
     * takes requests from its forms unless asked to), no title or intro, description shown, no block.
     */
    public static RequestForm initial(long projectId) {
        return new RequestForm(projectId, false, "", "", true, GroupBlock.off(), null, null);
    }
}
