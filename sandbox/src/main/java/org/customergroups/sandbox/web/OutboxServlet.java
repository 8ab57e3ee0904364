package org.customergroups.sandbox.web;

import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.SandboxOutbox;
import org.customergroups.sandbox.host.SandboxOutbox.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /sandbox/outbox}: the mail the plugin queued (the sandbox sends none), newest first,
 * {@value #PAGE_SIZE} a page ({@code ?start=}). Signed-in users only (others go to the login page);
 * Jira administrators see all mail, everyone else their own. Each mail's HTML body is shown in a
 * sandboxed frame ({@code srcdoc}, no scripts, links open in a new tab), so mail markup can never run
 * in the sandbox's pages. Administrators also get "Send digests now" (a POST with the session's XSRF
 * token), which runs the plugin's daily digest at once.
 */
public final class OutboxServlet extends HttpServlet {

    public static final String PATH = "/sandbox/outbox";
    static final int PAGE_SIZE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxServlet.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Links in a mail open in a new tab (the frame may open popups, nothing else). */
    private static final String BASE = "<base target=\"_blank\">";
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    /** A mail as the page shows it: {@code frame} is the whole document for the frame's {@code srcdoc}. */
    public record MailRow(Mail mail, String queued, String frame) {
    }

    private final transient SandboxOutbox outbox;
    private final transient SignIn signIn;
    private final transient PageRenderer pages;
    private final transient IntSupplier sendDigests;

    public OutboxServlet(SandboxOutbox outbox, SignIn signIn, PageRenderer pages, IntSupplier sendDigests) {
        this.outbox = outbox;
        this.signIn = signIn;
        this.pages = pages;
        this.sendDigests = sendDigests;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = signIn.userOrLogin(req, resp).orElse(null);
        if (user == null) {
            return;
        }
        PageRequest request = new PageRequest(number(req.getParameter("start")), PAGE_SIZE);
        Page<Mail> page = user.jiraAdmin() ? outbox.all(request) : outbox.of(user.username(), user.email(), request);
        Map<String, Object> model = new HashMap<>();
        model.put("mails", page.values().stream()
                .map(m -> new MailRow(m, SHOWN.format(m.queued()), frame(m.htmlBody())))
                .toList());
        model.put("page", page);
        model.put("first", page.total() == 0 ? 0 : page.start() + 1);
        model.put("last", page.start() + page.values().size());
        model.put("previousStart", page.start() > 0 ? Math.max(0, page.start() - PAGE_SIZE) : -1);
        model.put("nextStart", page.start() + page.values().size() < page.total() ? page.start() + PAGE_SIZE : -1);
        model.put("admin", user.jiraAdmin());
        model.put("atlToken", user.jiraAdmin() ? XsrfToken.of(req) : "");
        String sent = req.getParameter("digests");
        model.put("digestsSent", sent != null && sent.matches("[0-9]{1,9}") ? sent : "");
        pages.render(resp, HttpServletResponse.SC_OK, "outbox.vm", model, PageRenderer.CSP_WITH_INLINE_STYLES);
    }

    /** "Send digests now": Jira administrators, with the XSRF token; back to the outbox with the count. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = signIn.userOrLogin(req, resp).orElse(null);
        if (user == null) {
            return;
        }
        if (!user.jiraAdmin()) {
            pages.render(resp, HttpServletResponse.SC_FORBIDDEN, "forbidden.vm",
                    Map.of("message", "sandbox.outbox.digests.forbidden"));
            return;
        }
        if (!XsrfToken.passes(req)) {
            pages.render(resp, HttpServletResponse.SC_FORBIDDEN, "forbidden.vm", Map.of("message", "sandbox.xsrf.failed"));
            return;
        }
        int sent = sendDigests.getAsInt();
        LOG.info("{} sent the digests now: {} mail(s)", user.username(), sent);
        resp.sendRedirect(req.getContextPath() + PATH + "?digests=" + sent);
    }

    /** The mail as the frame's document: its own, with the base target in its head (or wrapped in one). */
    static String frame(String htmlBody) {
        String body = htmlBody == null ? "" : htmlBody.strip();
        Matcher head = HEAD.matcher(body);
        if (head.find()) {
            return body.substring(0, head.end()) + BASE + body.substring(head.end());
        }
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">" + BASE + "</head><body>" + body + "</body></html>";
    }

    /** A page offset from the query; anything else is the first page. */
    private static int number(String value) {
        return value != null && value.matches("[0-9]{1,9}") ? Integer.parseInt(value) : 0;
    }
}
