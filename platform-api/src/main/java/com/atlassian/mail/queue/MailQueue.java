package com.atlassian.mail.queue;

/**
 * Declaration of atlassian-mail's mail queue (interface): {@code void addItem(MailQueueItem)} queues a mail that Jira
 * sends in the background (and retries through its error queue). Only the member the plugin calls.
 * Jira's implementation is obtained by constructor injection of an OSGi service reference. Unconfirmed: that Jira
 * exports MailQueue as an OSGi service (no javadoc or Jira page says so; seen injected into plugins with Spring
 * Scanner's {@code @ComponentImport MailQueue} and by Atlassian Connect's Jira module); the interface itself is in
 * atlassian-mail 1.3.23 to 1.24 (xref source).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.24/xref/com/atlassian/mail/queue/MailQueue.html">MailQueue source (atlassian-mail 1.24)</a>
 */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
