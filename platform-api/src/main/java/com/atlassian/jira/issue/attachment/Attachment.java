package com.atlassian.jira.issue.attachment;

import java.sql.Timestamp;

/**
 * Declaration of Jira's attachment ({@code @PublicApi} class; in Jira it extends AbstractOfBizValueWrapper, not
 * declared). Behaviour-free: tests mock it.
 * Checked against: docs.atlassian.com/jira/server/com/atlassian/jira/issue/attachment/Attachment.html (class;
 * {@code Long getId()}, {@code String getFilename()}, {@code Long getFilesize()}, {@code Timestamp getCreated()}).
 * Unconfirmed for 10.3: no 10.x page.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/attachment/Attachment.html">Attachment (Jira "server")</a>
 */
public class Attachment {

    private Attachment() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Long getId() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getFilename() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Long getFilesize() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
