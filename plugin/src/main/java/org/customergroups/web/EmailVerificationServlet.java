package org.customergroups.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.domain.DomainException;
import org.customergroups.service.EmailVerification;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The page a verification link opens ({@code /plugins/servlet/customer-groups/verify-email?token=...}): confirms the
 * address and says so, or says why not (400: bad, expired or stale link). No sign-in is needed and no session is used:
 * the signed token is the proof, and it only verifies the address it names for the user it names (so a forged
 * cross-site request cannot verify anything the mailbox owner did not receive). Hence {@code @UnrestrictedAccess}.
 */
@UnrestrictedAccess
public class EmailVerificationServlet extends HttpServlet {

    static final String TEMPLATE = "templates/customergroups/verify-email.vm";

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final EmailVerification verification;

    public EmailVerificationServlet(TemplateRenderer renderer, I18nResolver i18n, EmailVerification verification) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.verification = verification;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> context = Pages.startHtml(resp, i18n);
        // The token must not travel on as a Referer to anything the page loads.
        resp.setHeader("Referrer-Policy", "no-referrer");
        try {
            String username = verification.confirm(req.getParameter("token"));
            context.put("verified", true);
            context.put("username", username);
        } catch (DomainException e) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            context.put("verified", false);
            context.put("problem", i18n.getText(e.messageKey(), e.arguments().toArray()));
        }
        renderer.render(TEMPLATE, context, resp.getWriter());
    }
}
