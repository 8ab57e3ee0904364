package org.customergroups.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.service.HealthService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's About page ({@code /plugins/servlet/customer-groups/about}, also the app's
 * configure link): version and database status. Jira administrators only; anonymous users are sent
 * to Jira's login and come back here. Access is checked here, hence {@code @UnrestrictedAccess}.
 */
@UnrestrictedAccess
public class AboutServlet extends HttpServlet {

    static final String TEMPLATE = "templates/customergroups/about.vm";

    private final UserManager users;
    private final LoginUriProvider login;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final HealthService health;

    public AboutServlet(UserManager users, LoginUriProvider login, TemplateRenderer renderer, I18nResolver i18n,
                        HealthService health) {
        this.users = users;
        this.login = login;
        this.renderer = renderer;
        this.i18n = i18n;
        this.health = health;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Map<String, Object>> page = Pages.startAdminPage(users, login, renderer, i18n, req, resp);
        if (page.isEmpty()) {
            return;
        }
        Map<String, Object> context = page.get();
        context.put("health", health.check());
        context.put("restBase", Pages.restBase(req.getContextPath()));
        renderer.render(TEMPLATE, context, resp.getWriter());
    }
}
