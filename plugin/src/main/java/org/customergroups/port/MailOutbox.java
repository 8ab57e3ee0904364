package org.customergroups.port;

import org.customergroups.domain.OutgoingMail;

/** The host's outgoing mail (in Jira: its mail queue, which sends in the background and retries). */
public interface MailOutbox {
    void send(OutgoingMail mail);
}
