package org.customergroups.jira;

import com.atlassian.jira.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.port.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's mail through Jira's mail queue: one {@link Email} per mail (Jira's subclass, which adds Jira's
 * fingerprint header and mail encoding), HTML, queued as a {@link SingleMailQueueItem}. Jira sends the queue in the
 * background with its configured SMTP server and sender; it sends nothing when no server is configured or outgoing
 * mail is disabled.
 * <ul>
 *   <li>The recipient is the bare address: Jira parses the "to" field as an address list, so a display name with
 *       commas or quotes would break it. {@code toName} is therefore not used.</li>
 *   <li>No from-name is set: Jira's outgoing mail server settings give the sender.</li>
 *   <li>A mail without address is not queued (logged at debug); a failure of Jira becomes an
 *       {@link IllegalStateException} ({@link JiraCalls}).</li>
 * </ul>
 */
public class JiraMailOutbox implements MailOutbox {

    static final String HTML = "text/html";

    private static final Logger LOG = LoggerFactory.getLogger(JiraMailOutbox.class);

    private final MailQueue mailQueue;

    public JiraMailOutbox(MailQueue mailQueue) {
        this.mailQueue = mailQueue;
    }

    @Override
    public void send(OutgoingMail mail) {
        String to = mail == null || mail.toAddress() == null ? "" : mail.toAddress().trim();
        if (to.isEmpty()) {
            LOG.debug("Customer Groups: a mail without recipient address was not queued");
            return;
        }
        JiraCalls.run("queue a mail", () -> {
            Email email = new Email(to);
            email.setSubject(mail.subject());
            email.setBody(mail.htmlBody());
            email.setMimeType(HTML);
            mailQueue.addItem(new SingleMailQueueItem(email));
        });
    }
}
