package org.customergroups.sandbox.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.SandboxOutbox;
import org.customergroups.sandbox.host.SandboxOutbox.Mail;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /rest/sandbox/1.0/outbox?to=&start=&limit=}: the outbox as JSON, for tests and scripts,
 * Jira administrators only (401 anonymous, 403 others). {@code to} is a username (that account's
 * mail) or an address; {@code limit} 1..100 (default 25). Newest first:
 * {@code {start, limit, total, values: [{id, to, toAddress, toName, toUser, subject, body, queued}]}}.
 * Errors in the plugin's REST error shape {@code {status, message, field}}.
 */
public final class OutboxJsonServlet extends HttpServlet {

    public static final String PATH = "/rest/sandbox/1.0/outbox";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SandboxOutbox outbox;
    private final transient HostDirectory directory;
    private final transient CurrentUser currentUser;
    private final transient I18nResolver text;

    public OutboxJsonServlet(SandboxOutbox outbox, HostDirectory directory, CurrentUser currentUser, I18nResolver text) {
        this.outbox = outbox;
        this.directory = directory;
        this.currentUser = currentUser;
        this.text = text;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<HostUser> user = currentUser.get();
        if (user.isEmpty()) {
            error(resp, 401, text.getText("sandbox.api.not.authenticated"), null);
            return;
        }
        if (!user.get().jiraAdmin()) {
            error(resp, 403, text.getText("sandbox.outbox.json.forbidden"), null);
            return;
        }
        Integer start = number(req.getParameter("start"));
        Integer limit = number(req.getParameter("limit"));
        if (start == null || limit == null || (limit != -1 && (limit < 1 || limit > PageRequest.MAX_LIMIT))) {
            error(resp, 400, text.getText("sandbox.outbox.json.paging", PageRequest.MAX_LIMIT),
                    start == null ? "start" : "limit");
            return;
        }
        PageRequest page = new PageRequest(start == -1 ? 0 : start, limit == -1 ? PageRequest.DEFAULT_LIMIT : limit);
        String to = req.getParameter("to");
        Page<Mail> mails;
        if (to == null || to.isBlank()) {
            mails = outbox.all(page);
        } else {
            Optional<HostUser> account = directory.findUser(to.strip().toLowerCase(java.util.Locale.ROOT));
            mails = account.map(a -> outbox.of(a.username(), a.email(), page)).orElseGet(() -> outbox.of("", to, page));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", mails.start());
        body.put("limit", mails.limit());
        body.put("total", mails.total());
        body.put("values", mails.values().stream().map(OutboxJsonServlet::json).toList());
        write(resp, 200, body);
    }

    private static Map<String, Object> json(Mail mail) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", mail.id());
        json.put("to", mail.to());
        json.put("toAddress", mail.toAddress());
        json.put("toName", mail.toName());
        json.put("toUser", mail.toUser());
        json.put("subject", mail.subject());
        json.put("body", mail.htmlBody());
        json.put("queued", mail.queued().toString());
        return json;
    }

    /** -1 when absent, null when not a number. */
    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        return value.strip().matches("[0-9]{1,9}") ? Integer.valueOf(value.strip()) : null;
    }

    private static void error(HttpServletResponse resp, int status, String message, String field) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        body.put("field", field);
        write(resp, status, body);
    }

    private static void write(HttpServletResponse resp, int status, Map<String, Object> body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(JSON.writeValueAsString(body));
    }
}
