package org.customergroups.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestForm;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.customergroups.domain.UserSummary;
import org.customergroups.service.FormService;
import org.customergroups.service.FormView;
import org.customergroups.service.PortalFilter;
import org.customergroups.service.PortalRequestView;
import org.customergroups.service.PortalService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reporter portal ({@code /plugins/servlet/customer-groups/portal/...}): My requests
 * ({@code /requests}, filtered and paged by query parameters), one request ({@code /requests/<KEY>}: content,
 * public comments, a comment box) and a project's online request form ({@code /form/<PROJECTKEY>}, with
 * {@code ?embed=1} for an iframe: no portal navigation, Jira's popup decorator; every other page refuses frames of
 * other sites) and My settings ({@code /settings}: the notification setting and "Verify my e-mail address" of
 * Jira's profile page, for reporters who cannot open that page: the same template fragment and script).
 * <p>
 * Everything shown is rendered here, escaped by the templates; the two things a reporter does (comment, submit
 * the form) are posted by {@code js/customer-groups-portal.js} to the REST API with Jira's XSRF header, so a
 * validation error leaves what was typed in place. Access is decided by the services on every page
 * (PortalAccess: an unknown and an invisible request get the same 404 page); anonymous users go to Jira's login
 * and come back to the same address, hence {@code @UnrestrictedAccess}.
 */
@UnrestrictedAccess
public class PortalServlet extends HttpServlet {

    static final String REQUESTS_TEMPLATE = "templates/customergroups/portal-requests.vm";
    static final String REQUEST_TEMPLATE = "templates/customergroups/portal-request.vm";
    static final String FORM_TEMPLATE = "templates/customergroups/portal-form.vm";
    static final String MESSAGE_TEMPLATE = "templates/customergroups/portal-message.vm";
    static final String SETTINGS_TEMPLATE = "templates/customergroups/portal-settings.vm";

    /** Where the servlet is mounted under the context path (its url-pattern without the star). */
    static final String MOUNT = "/plugins/servlet/customer-groups/portal";

    static final int REQUESTS_PER_PAGE = 25;
    static final int COMMENTS_PER_PAGE = 50;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final UserManager users;
    private final LoginUriProvider login;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PortalService portal;
    private final FormService forms;

    public PortalServlet(UserManager users, LoginUriProvider login, TemplateRenderer renderer, I18nResolver i18n,
                         PortalService portal, FormService forms) {
        this.users = users;
        this.login = login;
        this.renderer = renderer;
        this.i18n = i18n;
        this.portal = portal;
        this.forms = forms;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<UserProfile> user = Pages.userOrLogin(users, login, req, resp);
        if (user.isEmpty()) {
            return;
        }
        String actor = user.get().getUserKey().getStringValue();
        String contextPath = req.getContextPath() == null ? "" : req.getContextPath();
        Map<String, Object> context = Pages.startHtml(resp, i18n);
        context.put("portalBase", contextPath + MOUNT);
        context.put("restBase", Pages.restBase(contextPath));
        context.put("embed", false);
        Route route = Route.of(req.getPathInfo());
        // The navigation marks the page it is on.
        context.put("portalPage", route.kind().name());
        if (!(route.kind() == Route.Kind.FORM && embedded(req))) {
            // Only the embedded form is meant for other sites' frames: whatever path Jira's own frame protection
            // excludes, the request pages (with their comment box) and the standalone form stay unframeable.
            resp.setHeader("X-Frame-Options", "SAMEORIGIN");
            resp.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        }
        try {
            switch (route.kind()) {
                case REQUESTS -> requests(actor, req, context, resp);
                case REQUEST -> request(actor, route.key(), req, context, resp);
                case FORM -> form(actor, route.key(), req, context, resp);
                case SETTINGS -> settings(context, resp);
                default -> message(resp, context, HttpServletResponse.SC_NOT_FOUND,
                        "cg.ui.portal.notfound.title", i18n.getText("cg.ui.portal.notfound.body"));
            }
        } catch (DomainException e) {
            switch (e.kind()) {
                case NOT_AUTHENTICATED -> Pages.redirectToLogin(login, req, resp);
                case NOT_FOUND -> message(resp, context, HttpServletResponse.SC_NOT_FOUND,
                        "cg.ui.portal.notfound.title", text(e));
                case FORBIDDEN -> message(resp, context, HttpServletResponse.SC_FORBIDDEN,
                        "cg.ui.portal.forbidden.title", text(e));
                default -> message(resp, context, HttpServletResponse.SC_BAD_REQUEST,
                        "cg.ui.portal.invalid.title", text(e));
            }
        }
    }

    private void requests(String actor, HttpServletRequest req, Map<String, Object> context, HttpServletResponse resp)
            throws IOException {
        List<CustomerGroup> groups = portal.myGroups(actor);
        Filter filter = Filter.of(req, groups);
        Page<RequestRow> page = portal.myRequests(actor, filter.portalFilter(),
                new PageRequest(filter.start(), REQUESTS_PER_PAGE));
        String base = (String) context.get("portalBase");
        List<Row> rows = page.values().stream().map(r -> new Row(r.issue().key(), requestUrl(base, r.issue().key()),
                r.summary(), r.status(), r.done(), iso(r.updated()), when(r.updated()))).toList();
        context.put("groups", groups.stream().map(g -> new Option(String.valueOf(g.id()), g.name(),
                filter.groupId() != null && filter.groupId() == g.id())).toList());
        context.put("filter", filter);
        context.put("rows", rows);
        context.put("paging", Paging.of(page, base + "/requests?" + filter.query() + "start="));
        renderer.render(REQUESTS_TEMPLATE, context, resp.getWriter());
    }

    private void request(String actor, String key, HttpServletRequest req, Map<String, Object> context,
                         HttpServletResponse resp) throws IOException {
        int commentsStart = nonNegative(req.getParameter("commentsStart"));
        PortalRequestView view = portal.request(actor, key, new PageRequest(commentsStart, COMMENTS_PER_PAGE));
        RequestContent content = view.content();
        String base = (String) context.get("portalBase");
        String url = requestUrl(base, content.issue().key());
        context.put("content", content);
        context.put("requestUrl", url);
        context.put("reporter", view.reporter() == null ? "" : displayName(view.reporter()));
        context.put("sharedGroups", view.sharedGroups());
        context.put("created", when(content.created()));
        context.put("updated", when(content.updated()));
        context.put("attachments", content.attachments().stream().map(a -> new File(a.filename(),
                size(a.size()), when(a.created()))).toList());
        Page<PublicComment> comments = view.comments();
        context.put("comments", comments.values().stream().map(c -> new Comment(c.id(),
                c.authorName() == null || c.authorName().isBlank() ? i18n.getText("cg.ui.portal.comment.unknown")
                        : c.authorName(), c.body(), iso(c.created()), when(c.created()))).toList());
        context.put("commentsTotal", comments.total());
        context.put("commentsLimit", COMMENTS_PER_PAGE);
        context.put("paging", Paging.of(comments, url + "?commentsStart="));
        renderer.render(REQUEST_TEMPLATE, context, resp.getWriter());
    }

    private void form(String actor, String projectKey, HttpServletRequest req, Map<String, Object> context,
                      HttpServletResponse resp) throws IOException {
        context.put("embed", embedded(req));
        FormView view = forms.view(actor, projectKey);
        RequestForm form = view.form();
        GroupBlock block = form.groupBlock();
        context.put("project", view.project());
        context.put("form", form);
        context.put("title", form.title().isBlank() ? view.project().name() : form.title());
        context.put("introParagraphs", paragraphs(form.intro()));
        context.put("block", block);
        context.put("blockLabel", block.label().isBlank() ? i18n.getText("cg.ui.form.group.label.default")
                : block.label());
        context.put("groupOptions", view.groupOptions().stream()
                .map(g -> new Option(String.valueOf(g.id()), g.name(), false)).toList());
        context.put("canSubmit", view.canSubmit());
        context.put("refusal", view.canSubmit() ? "" : refusal(view));
        renderer.render(FORM_TEMPLATE, context, resp.getWriter());
    }

    /**
     * My settings: the profile panel's fragment (profile-subscriptions.vm) inside the portal. Its REST endpoints
     * (/me/subscriptions, /me/email-verification) act on the caller only, so this is always the own profile.
     */
    private void settings(Map<String, Object> context, HttpServletResponse resp) throws IOException {
        context.put("ownProfile", Boolean.TRUE);
        renderer.render(SETTINGS_TEMPLATE, context, resp.getWriter());
    }

    /** {@code ?embed=1} (or true): the form without the portal chrome, for an iframe. */
    private static boolean embedded(HttpServletRequest req) {
        String embed = req.getParameter("embed");
        return "1".equals(embed) || "true".equals(embed);
    }

    private String refusal(FormView view) {
        String key = view.refusalKey() == null ? "cg.error.restricted.not.authorized" : view.refusalKey();
        return i18n.getText(key, view.project().key());
    }

    private void message(HttpServletResponse resp, Map<String, Object> context, int status, String titleKey,
                         String body) throws IOException {
        resp.setStatus(status);
        context.put("titleKey", titleKey);
        context.put("body", body);
        renderer.render(MESSAGE_TEMPLATE, context, resp.getWriter());
    }

    private String text(DomainException e) {
        Serializable[] args = e.arguments().stream()
                .map(a -> a instanceof Serializable s ? s : String.valueOf(a))
                .toArray(Serializable[]::new);
        return args.length == 0 ? i18n.getText(e.messageKey()) : i18n.getText(e.messageKey(), args);
    }

    private String displayName(UserSummary user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }

    static String requestUrl(String portalBase, String key) {
        return portalBase + "/requests/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** The admin's intro text as paragraphs (blank lines separate them); plain text, escaped by the template. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A query parameter as an offset: missing, negative or not a number is 0. */
    static int nonNegative(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Which page the path names; the keys are as typed (the services look them up). */
    record Route(Kind kind, String key) {

        enum Kind { REQUESTS, REQUEST, FORM, SETTINGS, UNKNOWN }

        static Route of(String pathInfo) {
            if (pathInfo == null || pathInfo.isEmpty() || "/".equals(pathInfo)
                    || "/requests".equals(pathInfo) || "/requests/".equals(pathInfo)) {
                return new Route(Kind.REQUESTS, null);
            }
            if ("/settings".equals(pathInfo) || "/settings/".equals(pathInfo)) {
                return new Route(Kind.SETTINGS, null);
            }
            Optional<String> request = tail(pathInfo, "/requests/");
            if (request.isPresent()) {
                return new Route(Kind.REQUEST, request.get());
            }
            return tail(pathInfo, "/form/").map(k -> new Route(Kind.FORM, k)).orElse(new Route(Kind.UNKNOWN, null));
        }

        private static Optional<String> tail(String pathInfo, String prefix) {
            if (!pathInfo.startsWith(prefix)) {
                return Optional.empty();
            }
            String key = pathInfo.substring(prefix.length());
            if (key.isBlank() || key.indexOf('/') >= 0 || key.length() > 255) {
                return Optional.empty();
            }
            return Optional.of(key);
        }
    }

    /**
     * The My requests filter as the address gives it. Unknown values fall back to the defaults (all, any state);
     * a group that is not one of the caller's is no filter, so the page never errs on an edited address.
     */
    public record Filter(String scope, Long groupId, String state, int start) {

        static Filter of(HttpServletRequest req, List<CustomerGroup> myGroups) {
            String scope = upper(req.getParameter("scope"));
            String state = upper(req.getParameter("state"));
            Long groupId = null;
            String group = req.getParameter("group");
            // The page's filter form sends one "show" select: ALL, MINE, SHARED or GROUP:<id>.
            String show = upper(req.getParameter("show"));
            if (!show.isEmpty()) {
                scope = show.startsWith("GROUP:") ? "GROUP" : show;
                group = show.startsWith("GROUP:") ? show.substring("GROUP:".length()) : null;
            }
            if (group != null && !group.isBlank()) {
                try {
                    long id = Long.parseLong(group.strip());
                    groupId = myGroups.stream().anyMatch(g -> g.id() == id) ? id : null;
                } catch (NumberFormatException ignored) {
                    groupId = null;
                }
            }
            if (groupId != null && (scope.isEmpty() || "GROUP".equals(scope) || "ALL".equals(scope))) {
                scope = "GROUP";
            }
            if (!List.of("ALL", "MINE", "SHARED", "GROUP").contains(scope) || ("GROUP".equals(scope) && groupId == null)) {
                scope = "ALL";
            }
            if (!"GROUP".equals(scope)) {
                groupId = null;
            }
            if (!List.of("ANY", "OPEN", "CLOSED").contains(state)) {
                state = "ANY";
            }
            return new Filter(scope, groupId, state, nonNegative(req.getParameter("start")));
        }

        private static String upper(String value) {
            return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        }

        PortalFilter portalFilter() {
            return new PortalFilter(PortalFilter.Scope.valueOf(scope), groupId, RequestState.valueOf(state));
        }

        /** The filter as query parameters for the paging links, ending in "&" (raw: the template escapes). */
        String query() {
            StringBuilder q = new StringBuilder("scope=").append(scope).append("&state=").append(state).append('&');
            if (groupId != null) {
                q.append("group=").append(groupId).append('&');
            }
            return q.toString();
        }

        /** The scope select's value: the scope, or "GROUP:<id>" for one group. */
        public String selected() {
            return groupId == null ? scope : "GROUP:" + groupId;
        }
    }

    /** One line of My requests, ready to print. */
    public record Row(String key, String url, String summary, String status, boolean done, String updatedIso,
                      String updated) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Comment(long id, String author, String body, String createdIso, String created) {
    }

    public record File(String filename, String size, String created) {
    }

    /** Previous / next links of a paged list ("" when there is none) and the "from–to of total" figures. */
    public record Paging(long from, long to, long total, String previous, String next) {

        static Paging of(Page<?> page, String hrefPrefix) {
            long from = page.values().isEmpty() ? 0 : page.start() + 1L;
            long to = page.start() + (long) page.values().size();
            String previous = page.start() > 0 ? hrefPrefix + Math.max(0, page.start() - page.limit()) : "";
            String next = to < page.total() ? hrefPrefix + to : "";
            return new Paging(from, to, page.total(), previous, next);
        }

        public boolean shown() {
            return !previous.isEmpty() || !next.isEmpty();
        }
    }
}
