package com.atlassian.mail.queue;

/**
 * Declaration of atlassian-mail's queued mail item (interface). No members: the plugin only hands items to
 * {@link MailQueue#addItem}.
 * Unconfirmed for 10.3: kind from the atlassian-mail 1.3.23 javadoc; the version shipped with Jira 10.3 was not
 * inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html">MailQueueItem (atlassian-mail 1.3.23)</a>
 */
public interface MailQueueItem {
}
