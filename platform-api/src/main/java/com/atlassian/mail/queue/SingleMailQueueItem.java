package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Declaration of atlassian-mail's single-mail queue item (class; in atlassian-mail it extends
 * {@code AbstractMailQueueItem}, which implements {@link MailQueueItem} - flattened here, which links the same way):
 * public constructor {@code SingleMailQueueItem(Email)}. Behaviour-free: tests intercept construction
 * (Mockito {@code mockConstruction}).
 * Unconfirmed for 10.3: checked against the atlassian-mail 2.3.2 source (xref); the version shipped with Jira 10.3 was
 * not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/2.3.2/xref/com/atlassian/mail/queue/SingleMailQueueItem.html">SingleMailQueueItem source (atlassian-mail 2.3.2)</a>
 */
public class SingleMailQueueItem implements MailQueueItem {

    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
