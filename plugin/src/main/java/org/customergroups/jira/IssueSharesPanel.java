package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.customergroups.port.Permissions;
import org.customergroups.web.Html;
import org.customergroups.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Context of the issue view's "Customer Groups" panel (web-panel {@code issue-shares-panel}, template
 * {@code templates/customergroups/issue-shares-panel.vm}). From Jira's panel context it reads {@code issue} (the
 * viewed {@link Issue}); it adds:
 * <ul>
 *   <li>{@code i18n} (SAL {@link I18nResolver}) and {@code html} ({@link Html}), as every plugin template gets;</li>
 *   <li>{@code restBase}: the plugin's REST base under Jira's context path, e.g. {@code /jira/rest/customer-groups/1.0}
 *       (the path of Jira's base URL, so it is relative to the page's host);</li>
 *   <li>{@code issueKey} (String, empty without an issue) and {@code canEdit} (Boolean: the current user may edit the
 *       issue, so may change its shares; false for anonymous users, and false, logged, when Jira fails to answer,
 *       so that the panel still renders). It only decides what the panel offers: every REST call checks again.</li>
 * </ul>
 * Jira creates this class from the descriptor and autowires its constructor from the plugin's Spring context.
 */
public class IssueSharesPanel implements ContextProvider {

    private static final Logger LOG = LoggerFactory.getLogger(IssueSharesPanel.class);

    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;
    private final UserManager users;
    private final Permissions permissions;

    public IssueSharesPanel(I18nResolver i18n, ApplicationProperties applicationProperties, UserManager users,
                            Permissions permissions) {
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
        this.users = users;
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> out = context == null ? new HashMap<>() : new HashMap<>(context);
        Issue issue = context != null && context.get("issue") instanceof Issue i ? i : null;
        out.put("i18n", i18n);
        out.put("html", new Html());
        out.put("restBase", restBase(applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)));
        out.put("issueKey", issue == null || issue.getKey() == null ? "" : issue.getKey());
        out.put("canEdit", canEdit(issue));
        return out;
    }

    private Boolean canEdit(Issue issue) {
        if (issue == null || issue.getId() == null) {
            return Boolean.FALSE;
        }
        try {
            UserKey user = users.getRemoteUserKey();
            return user != null && permissions.canEditIssue(user.getStringValue(), issue.getId());
        } catch (RuntimeException e) {
            // The panel must still render (read-only): a context provider that throws breaks Jira's issue view.
            LOG.warn("Customer Groups: could not check whether the current user may edit issue {}; the panel is "
                    + "shown read-only", issue.getId(), e);
            return Boolean.FALSE;
        }
    }

    /** The plugin's REST base ({@link Pages#restBase}) under the path of Jira's base URL ({@code http://host/jira} gives {@code /jira/rest/...}). */
    static String restBase(String baseUrl) {
        String contextPath = "";
        if (baseUrl != null && !baseUrl.isBlank()) {
            try {
                String path = URI.create(baseUrl.trim()).getRawPath();
                contextPath = path == null ? "" : path;
            } catch (IllegalArgumentException e) {
                contextPath = "";
            }
        }
        while (contextPath.endsWith("/")) {
            contextPath = contextPath.substring(0, contextPath.length() - 1);
        }
        return Pages.restBase(contextPath);
    }
}
