package org.customergroups.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.domain.MailItem;
import org.customergroups.domain.Notice;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.MailTemplates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * "Shared with my customer groups" mail: the subject from the i18n bundle, the HTML body from
 * {@code templates/customergroups/mail-notice.vm} (one event) or {@code mail-digest.vm} (the daily
 * digest). Every value reaches the body through {@code $html.escapeHtml}; the subject is plain text
 * without line breaks, so that a ticket summary cannot add mail headers.
 */
public class MailRenderer implements MailTemplates {

    static final String NOTICE_TEMPLATE = "templates/customergroups/mail-notice.vm";
    static final String DIGEST_TEMPLATE = "templates/customergroups/mail-digest.vm";
    static final String VERIFY_TEMPLATE = "templates/customergroups/mail-verify-email.vm";

    /** Subjects longer than this are cut (with an ellipsis): mail clients show little more. */
    static final int MAX_SUBJECT = 200;

    // Mail has no time zone of the reader: times are written in UTC and say so.
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    public MailRenderer(TemplateRenderer renderer, I18nResolver i18n) {
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public OutgoingMail notice(UserSummary recipient, MailItem item) {
        Objects.requireNonNull(recipient, "recipient");
        Line line = line(item);
        String subject = subject(i18n.getText("cg.mail.subject." + item.notice().kind().name(),
                item.notice().issueKey(), text(item.notice().summary()), line.actor()));
        Map<String, Object> context = context(recipient);
        context.put("subject", subject);
        context.put("item", line);
        return new OutgoingMail(recipient.email(), recipient.displayName(), subject, render(NOTICE_TEMPLATE, context));
    }

    @Override
    public OutgoingMail digest(UserSummary recipient, List<MailItem> items) {
        Objects.requireNonNull(recipient, "recipient");
        List<Line> lines = new ArrayList<>();
        for (MailItem item : items) {
            lines.add(line(item));
        }
        String subject = subject(i18n.getText("cg.mail.digest.subject", lines.size()));
        Map<String, Object> context = context(recipient);
        context.put("subject", subject);
        context.put("items", lines);
        return new OutgoingMail(recipient.email(), recipient.displayName(), subject, render(DIGEST_TEMPLATE, context));
    }

    @Override
    public OutgoingMail emailVerification(UserSummary recipient, String link) {
        Objects.requireNonNull(recipient, "recipient");
        String subject = subject(i18n.getText("cg.verify.mail.subject"));
        Map<String, Object> context = context(recipient);
        context.put("subject", subject);
        context.put("email", text(recipient.email()));
        context.put("link", safeLink(link));
        return new OutgoingMail(recipient.email(), recipient.displayName(), subject, render(VERIFY_TEMPLATE, context));
    }

    private Map<String, Object> context(UserSummary recipient) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        context.put("html", new Html());
        context.put("recipientName", recipient.displayName() == null || recipient.displayName().isBlank()
                ? recipient.username() : recipient.displayName());
        return context;
    }

    /** What the templates show of one event: its wording in the bundle's language, and a safe link. */
    private Line line(MailItem item) {
        Notice n = item.notice();
        String actor = n.actorName() == null || n.actorName().isBlank()
                ? i18n.getText("cg.mail.actor.system") : n.actorName();
        String summary = text(n.summary());
        String headline = switch (n.kind()) {
            case CREATED -> i18n.getText("cg.mail.event.CREATED", actor, n.issueKey());
            case COMMENTED -> i18n.getText("cg.mail.event.COMMENTED", actor, n.issueKey());
            case STATUS_CHANGED -> i18n.getText("cg.mail.event.STATUS_CHANGED", actor, n.issueKey(),
                    text(n.fromStatus()), text(n.toStatus()));
            case SHARED -> i18n.getText("cg.mail.event.SHARED", actor, n.issueKey(), text(n.groupName()));
        };
        String comment = n.comment() == null || n.comment().isBlank() ? null : n.comment();
        return new Line(n.kind().name(), n.issueKey(), summary, actor, headline, comment, TIME.format(n.at()),
                safeLink(item.link()));
    }

    private String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** One line of plain text: control characters (CR, LF, tab...) become spaces; long subjects are cut. */
    static String subject(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        String s = out.toString().replaceAll(" {2,}", " ").strip();
        if (s.length() > MAX_SUBJECT) {
            int end = MAX_SUBJECT - 1;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            s = s.substring(0, end) + "\u2026";
        }
        return s;
    }

    /** Only absolute http(s) links become buttons: anything else (javascript:, data:...) is left out. */
    static String safeLink(String link) {
        if (link == null) {
            return null;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link.strip() : null;
    }

    /**
     * One event as the templates show it. {@code comment} is the public comment of a COMMENTED event, or the one
     * made with a STATUS_CHANGED transition; null otherwise. {@code link} is null when the item's link is not an
     * http(s) address.
     */
    public record Line(String kind, String issueKey, String summary, String actor, String headline, String comment,
                       String at, String link) {
    }
}
