package org.customergroups.service.fakes;

import org.customergroups.domain.OutgoingMail;
import org.customergroups.port.MailOutbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stands in for the host's mail queue: keeps what was sent, in order. Sending to an address given to
 * {@link #failFor} throws, as a queue refusing one mail would.
 */
public final class RecordingOutbox implements MailOutbox {

    private final List<OutgoingMail> sent = new ArrayList<>();
    private final Set<String> failing = new HashSet<>();

    public RecordingOutbox failFor(String address) {
        failing.add(address);
        return this;
    }

    public void heal() {
        failing.clear();
    }

    @Override
    public synchronized void send(OutgoingMail mail) {
        if (failing.contains(mail.toAddress())) {
            throw new IllegalStateException("the mail queue refused a mail to " + mail.toAddress());
        }
        sent.add(mail);
    }

    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }

    /** Recipients' addresses, in the order their mail was sent. */
    public synchronized List<String> addresses() {
        return sent.stream().map(OutgoingMail::toAddress).toList();
    }

    public synchronized void clear() {
        sent.clear();
    }
}
