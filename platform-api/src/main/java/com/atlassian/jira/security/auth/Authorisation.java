package com.atlassian.jira.security.auth;

import com.atlassian.jira.user.ApplicationUser;

import javax.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Declaration of Jira's {@code authorisation} plugin point (interface): a plugin may grant, deny or abstain from
 * letting an authenticated user log in, and may name Seraph roles a request needs. Jira asks every enabled module;
 * when all abstain it applies its own rule (application access).
 * Checked against: Jira's own {@code ReferenceAuthorisation} (9.12.10 reference plugin source: the three methods with
 * {@code ApplicationUser}, {@code Decision.GRANTED/DENIED/ABSTAIN} imported from this package); the Jira 5.2.3+ source
 * of this interface ({@code @PublicSpi}; crowd {@code User} then, {@code ApplicationUser} since 7.0) and Jira's module
 * descriptor factory ({@code "authorisation"} type) in public code; the Jira 7.0.8 javadoc of the nested enum.
 * Unconfirmed for 10.3: no 10.x javadoc page of this type was found.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/security/auth/Authorisation.Decision.html">Authorisation.Decision (Jira 7.0.8)</a>
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/security/login/BootstrapLoginManagerImpl.html">LoginManager methods (Jira 7.0.8)</a>
 */
public interface Authorisation {

    /** Jira's nested enum (it also has helper methods, not declared). */
    enum Decision {
        GRANTED,
        DENIED,
        ABSTAIN
    }

    Decision authoriseForLogin(ApplicationUser user, HttpServletRequest httpServletRequest);

    Set<String> getRequiredRoles(HttpServletRequest httpServletRequest);

    Decision authoriseForRole(ApplicationUser user, HttpServletRequest httpServletRequest, String role);
}
