package org.customergroups.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.customergroups.web.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * Context of the "Notifications" panel of Jira's user profile page (web-panel {@code profile-subscriptions-panel},
 * location {@code webpanels.user.profile.summary.custom}, template
 * {@code templates/customergroups/profile-subscriptions.vm}). From Jira's panel context it reads {@code profileUser}
 * (the {@link ApplicationUser} whose profile is shown); it adds:
 * <ul>
 *   <li>{@code i18n} (SAL {@link I18nResolver}) and {@code html} ({@link Html}), as every plugin template gets;</li>
 *   <li>{@code restBase}: the plugin's REST base under Jira's context path ({@link IssueSharesPanel#restBase});</li>
 *   <li>{@code ownProfile} (Boolean): the profile shown is the logged-in user's, so the panel may offer the
 *       subscription settings (REST {@code /me/subscriptions} acts on the caller only). False for anonymous viewers,
 *       someone else's profile, a context without an {@link ApplicationUser}, and, logged, when Jira fails to
 *       answer - the panel still renders.</li>
 * </ul>
 * Jira creates this class from the descriptor and autowires its constructor from the plugin's Spring context.
 */
public class SubscriptionProfilePanel implements ContextProvider {

    /** Jira's context key of the user whose profile is shown. */
    static final String PROFILE_USER = "profileUser";

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionProfilePanel.class);

    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;
    private final UserManager users;

    public SubscriptionProfilePanel(I18nResolver i18n, ApplicationProperties applicationProperties, UserManager users) {
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
        this.users = users;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> out = context == null ? new HashMap<>() : new HashMap<>(context);
        out.put("i18n", i18n);
        out.put("html", new Html());
        out.put("restBase", IssueSharesPanel.restBase(applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)));
        out.put("ownProfile", ownProfile(context == null ? null : context.get(PROFILE_USER)));
        return out;
    }

    private Boolean ownProfile(Object profileUser) {
        if (!(profileUser instanceof ApplicationUser shown)) {
            return Boolean.FALSE;
        }
        try {
            String shownKey = shown.getKey();
            if (shownKey == null) {
                return Boolean.FALSE;
            }
            UserKey viewer = users.getRemoteUserKey();
            return viewer != null && shownKey.equals(viewer.getStringValue());
        } catch (RuntimeException | LinkageError e) {
            // The profile page must still render: a context provider that throws breaks it.
            LOG.warn("Customer Groups: could not tell whether a profile is the viewer's own; the notification "
                    + "settings are not offered", e);
            return Boolean.FALSE;
        }
    }
}
