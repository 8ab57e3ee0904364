package org.customergroups.port;

import org.customergroups.domain.MailItem;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.UserSummary;

import java.util.List;

/** Renders notification mail (templates and i18n live at the edge, not in the services). */
public interface MailTemplates {
    /** One mail for one event. */
    OutgoingMail notice(UserSummary recipient, MailItem item);

    /** The daily digest: several events in one mail, oldest first. */
    OutgoingMail digest(UserSummary recipient, List<MailItem> items);

    /** The mail asking the recipient to confirm their address by following {@code link} (valid for 24 hours). */
    OutgoingMail emailVerification(UserSummary recipient, String link);
}
