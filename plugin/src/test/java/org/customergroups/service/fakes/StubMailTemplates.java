package org.customergroups.service.fakes;

import org.customergroups.domain.MailItem;
import org.customergroups.domain.Notice;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.MailTemplates;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Stands in for the Velocity mail templates (tested at the web edge): subject "KIND KEY" (a digest: "DIGEST n"),
 * body one line per item, "KIND KEY link | summary | actor | comment | from>to | group".
 */
public final class StubMailTemplates implements MailTemplates {

    @Override
    public OutgoingMail notice(UserSummary recipient, MailItem item) {
        return new OutgoingMail(recipient.email(), recipient.displayName(),
                item.notice().kind() + " " + item.notice().issueKey(), line(item));
    }

    @Override
    public OutgoingMail digest(UserSummary recipient, List<MailItem> items) {
        return new OutgoingMail(recipient.email(), recipient.displayName(), "DIGEST " + items.size(),
                items.stream().map(StubMailTemplates::line).collect(Collectors.joining("\n")));
    }

    /** Subject "VERIFY", body the link. */
    @Override
    public OutgoingMail emailVerification(UserSummary recipient, String link) {
        return new OutgoingMail(recipient.email(), recipient.displayName(), "VERIFY", link);
    }

    private static String line(MailItem item) {
        Notice n = item.notice();
        return n.kind() + " " + n.issueKey() + " " + item.link() + " | " + n.summary() + " | " + n.actorName() + " | "
                + n.comment() + " | " + n.fromStatus() + ">" + n.toStatus() + " | " + n.groupName();
    }
}
