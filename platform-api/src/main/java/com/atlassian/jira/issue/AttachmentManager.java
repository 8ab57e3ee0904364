package com.atlassian.jira.issue;

import com.atlassian.jira.issue.attachment.Attachment;

import java.util.List;

/**
 * Declaration of Jira's attachment manager ({@code @PublicApi} interface). Only {@code getAttachments(Issue)}.
 * Checked against: the DAC javadoc page (interface, {@code @PublicApi}); the method by usage. Unconfirmed for 10.3.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/AttachmentManager.html">AttachmentManager (DAC javadoc)</a>
 */
public interface AttachmentManager {

    List<Attachment> getAttachments(Issue issue);
}
