package org.customergroups.sandbox.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Jira's XSRF token for the sandbox's own HTML forms: a random token per session, sent back as the
 * form field {@value #PARAMETER} (Jira's name). A state-changing form POST is accepted with the
 * session's token, or with {@code X-Atlassian-Token: no-check}, which a cross-site form cannot send
 * (scripts and tests use it, as with Jira).
 */
public final class XsrfToken {

    public static final String PARAMETER = "atl_token";
    static final String HEADER = "X-Atlassian-Token";
    private static final String SESSION_ATTRIBUTE = "sandbox.atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private XsrfToken() {
    }

    /** The session's token, made (with the session) on first use. */
    public static String of(HttpServletRequest req) {
        HttpSession session = req.getSession(true);
        synchronized (session) {
            Object token = session.getAttribute(SESSION_ATTRIBUTE);
            if (token instanceof String t) {
                return t;
            }
            byte[] bytes = new byte[20];
            RANDOM.nextBytes(bytes);
            String fresh = HexFormat.of().formatHex(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, fresh);
            return fresh;
        }
    }

    /** Whether a form POST carries the session's token (or the no-check header). */
    public static boolean passes(HttpServletRequest req) {
        if ("no-check".equalsIgnoreCase(req.getHeader(HEADER))) {
            return true;
        }
        HttpSession session = req.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        String sent = req.getParameter(PARAMETER);
        return expected instanceof String e && sent != null
                && MessageDigest.isEqual(e.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
