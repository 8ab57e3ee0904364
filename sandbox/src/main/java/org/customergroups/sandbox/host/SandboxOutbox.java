package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.port.MailOutbox;
import org.customergroups.sandbox.host.ao.HostMailEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The plugin's {@link MailOutbox} port, standing in for Jira's mail queue: nothing is sent, each
 * mail is kept in the host table {@code SBX_MAIL} (shown on the sandbox's outbox page) and logged
 * in one line on standard output. The recipient's account is found by e-mail address (ignoring case) when the mail is
 * queued, so that users can see their own mail.
 */
public final class SandboxOutbox implements MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxOutbox.class);
    private static final String COLUMNS = "\"ID\", \"TO_ADDRESS\", \"TO_NAME\", \"TO_USER\", \"SUBJECT\", \"BODY\", \"QUEUED\"";

    /** A queued mail; {@code toUser} is the recipient's username, null when no account has the address. */
    public record Mail(long id, String toAddress, String toName, String toUser, String subject, String htmlBody,
                       Instant queued) {

        /** Who it is for, as the outbox page names them: the username, else the address. */
        public String to() {
            return toUser != null ? toUser : toAddress;
        }
    }

    private final ActiveObjects ao;
    private final HostSql sql;
    private final Clock clock;

    public SandboxOutbox(ActiveObjects ao, HostSql sql, Clock clock) {
        this.ao = ao;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (mail == null || mail.toAddress() == null || mail.toAddress().isBlank()) {
            // Jira's mail queue cannot send without an address either; the caller is not failed for it.
            LOG.warn("Mail without a recipient address dropped: {}", mail == null ? null : mail.subject());
            return;
        }
        String address = mail.toAddress().strip();
        String user = sql.list("SELECT \"USERNAME\" FROM {USER} WHERE LOWER(\"EMAIL\") = ? ORDER BY \"USERNAME\"",
                rs -> rs.getString(1), address.toLowerCase(Locale.ROOT)).stream().findFirst().orElse(null);
        String subject = mail.subject() == null ? "" : mail.subject();
        ao.executeInTransaction(() -> ao.create(HostMailEntity.class,
                new DBParam(HostMailEntity.TO_ADDRESS, address),
                new DBParam(HostMailEntity.TO_NAME, mail.toName()),
                new DBParam(HostMailEntity.TO_USER, user),
                new DBParam(HostMailEntity.SUBJECT, subject),
                new DBParam(HostMailEntity.BODY, mail.htmlBody() == null ? "" : mail.htmlBody()),
                new DBParam(HostMailEntity.QUEUED, Date.from(clock.instant()))));
        // stdout, as the sandbox's start line: under exec:java -q SLF4J is Maven's logger, which -q silences.
        System.out.println(oneLine("Mail to " + (user == null ? "-" : user) + " <" + address + ">: " + subject));
    }

    /** Control characters (a line break in a subject) would forge log lines. */
    static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}", " ");
    }

    /** Every mail, newest first. */
    public Page<Mail> all(PageRequest page) {
        return page("", List.of(), page);
    }

    /**
     * The mail of one account, newest first: queued for its username, or for its address (also mail
     * queued before the account had that address).
     */
    public Page<Mail> of(String username, String email, PageRequest page) {
        List<Object> params = new ArrayList<>();
        params.add(username);
        params.add(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        return page(" WHERE \"TO_USER\" = ? OR LOWER(\"TO_ADDRESS\") = ?", params, page);
    }

    private Page<Mail> page(String where, List<Object> params, PageRequest page) {
        long total = sql.number("SELECT COUNT(*) FROM {MAIL}" + where, params.toArray());
        if (total <= page.start()) {
            return Page.of(page, total, List.of());
        }
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.limit());
        paged.add(page.start());
        return Page.of(page, total, sql.list("SELECT " + COLUMNS + " FROM {MAIL}" + where
                + " ORDER BY \"ID\" DESC LIMIT ? OFFSET ?", SandboxOutbox::toMail, paged.toArray()));
    }

    private static Mail toMail(ResultSet rs) throws SQLException {
        return new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
