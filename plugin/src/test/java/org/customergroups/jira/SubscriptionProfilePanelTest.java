package org.customergroups.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.customergroups.web.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class SubscriptionProfilePanelTest {

    @Mock I18nResolver i18n;
    @Mock ApplicationProperties application;
    @Mock UserManager users;

    SubscriptionProfilePanel panel;

    @BeforeEach
    void setUp() {
        panel = new SubscriptionProfilePanel(i18n, application, users);
        lenient().when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://support.example.com/jira");
    }

    static ApplicationUser user(String key) {
        ApplicationUser u = mock(ApplicationUser.class);
        lenient().when(u.getKey()).thenReturn(key);
        return u;
    }

    Map<String, Object> contextFor(Object profileUser) {
        Map<String, Object> jira = new HashMap<>();
        jira.put("profileUser", profileUser);
        jira.put("currentUser", "Jira's own entry");
        return panel.getContextMap(jira);
    }

    @Test
    void theViewersOwnProfileGetsTheSettings() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("JIRAUSER10100"));

        Map<String, Object> context = contextFor(user("JIRAUSER10100"));

        assertSame(i18n, context.get("i18n"));
        assertInstanceOf(Html.class, context.get("html"));
        assertEquals("/jira/rest/customer-groups/1.0", context.get("restBase"));
        assertEquals(Boolean.TRUE, context.get("ownProfile"));
        assertEquals("Jira's own entry", context.get("currentUser"), "Jira's context entries are kept");
    }

    @Test
    void someoneElsesProfileIsNotOwn() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("JIRAUSER10000"));

        assertEquals(Boolean.FALSE, contextFor(user("JIRAUSER10100")).get("ownProfile"));
    }

    @Test
    void anonymousViewersHaveNoOwnProfile() {
        when(users.getRemoteUserKey()).thenReturn(null);

        assertEquals(Boolean.FALSE, contextFor(user("JIRAUSER10100")).get("ownProfile"));
    }

    @Test
    void withoutAJiraUserInTheContextNothingIsOffered() {
        assertEquals(Boolean.FALSE, contextFor(null).get("ownProfile"));
        assertEquals(Boolean.FALSE, contextFor("JIRAUSER10100").get("ownProfile"));
        assertEquals(Boolean.FALSE, contextFor(user(null)).get("ownProfile"));
        Map<String, Object> none = panel.getContextMap(null);
        assertEquals(Boolean.FALSE, none.get("ownProfile"));
        assertEquals("/jira/rest/customer-groups/1.0", none.get("restBase"));
        verifyNoInteractions(users);
    }

    @Test
    void whenJiraCannotSayWhoIsViewingThePanelStillRenders() {
        when(users.getRemoteUserKey()).thenThrow(new IllegalStateException("no request"));

        Map<String, Object> context = contextFor(user("JIRAUSER10100"));

        assertEquals(Boolean.FALSE, context.get("ownProfile"));
        assertEquals("/jira/rest/customer-groups/1.0", context.get("restBase"));
    }
}
