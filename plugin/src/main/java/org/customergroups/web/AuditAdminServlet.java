package org.customergroups.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.domain.AuditAction;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin audit page ({@code /plugins/servlet/customer-groups/audit}, in the administration menu under
 * Manage apps): filters, the matching audit entries, CSV export and the retention setting. The page is a
 * shell: {@code js/customer-groups-audit.js} gets everything from the REST API ({@code /audit},
 * {@code /audit/export}, {@code /audit/settings}), which checks every call again. Jira administrators only;
 * anonymous users go to Jira's login and come back (with the filters of the address), anyone else gets the
 * 403 page. Access is checked here, hence {@code @UnrestrictedAccess}.
 */
@UnrestrictedAccess
public class AuditAdminServlet extends HttpServlet {

    static final String TEMPLATE = "templates/customergroups/audit-admin.vm";

    /** The {@code linkId} of the administration menu's web-item: Jira highlights the entry with it. */
    static final String MENU_LINK_ID = "customer-groups-audit-link";

    /** Query parameters that pre-fill the filters (the same names as the REST API's). */
    static final List<String> FILTERS = List.of("issue", "group", "user", "project", "action", "from", "to");

    /** A pre-filled value longer than this is dropped: no filter value is that long. */
    static final int MAX_FILTER = 255;

    private final UserManager users;
    private final LoginUriProvider login;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    public AuditAdminServlet(UserManager users, LoginUriProvider login, TemplateRenderer renderer, I18nResolver i18n) {
        this.users = users;
        this.login = login;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Map<String, Object>> page = Pages.startAdminPage(users, login, renderer, i18n, req, resp);
        if (page.isEmpty()) {
            return;
        }
        Map<String, Object> context = page.get();
        context.put("restBase", Pages.restBase(req.getContextPath()));
        context.put("menuLinkId", MENU_LINK_ID);
        context.put("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        context.put("filters", filters(req));
        renderer.render(TEMPLATE, context, resp.getWriter());
    }

    /** Every filter, "" when the address does not give it (the template and the script need no null checks). */
    static Map<String, String> filters(HttpServletRequest req) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = req.getParameter(name);
            value = value == null ? "" : value.strip();
            filters.put(name, value.length() > MAX_FILTER ? "" : value);
        }
        return filters;
    }
}
