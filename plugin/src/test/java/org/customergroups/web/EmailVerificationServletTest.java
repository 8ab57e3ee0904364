package org.customergroups.web;

import org.customergroups.domain.OutgoingMail;
import org.customergroups.rest.BundleText;
import org.customergroups.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The verify-email page over the real service (ServiceFixture) and a real Velocity engine: a good link verifies and
 * says so; a bad one is a 400 page naming the problem, escaped. No sign-in is asked for.
 */
class EmailVerificationServletTest {

    private final HttpServletRequest req = mock(HttpServletRequest.class);
    private final HttpServletResponse resp = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private ServiceFixture f;
    private EmailVerificationServlet servlet;

    @BeforeEach
    void setUp() throws IOException {
        f = new ServiceFixture();
        f.defaultGroups.ensure();
        servlet = new EmailVerificationServlet(new ProjectCustomerGroupsServletTest.VelocityRenderer(),
                new BundleText(), f.emailVerification);
        when(resp.getWriter()).thenReturn(new PrintWriter(body));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private String open(String token) throws IOException {
        when(req.getParameter("token")).thenReturn(token);
        servlet.doGet(req, resp);
        return body.toString();
    }

    @Test
    void aMailedLinkVerifiesTheAddress() throws IOException {
        f.emailVerification.request("key-alice");
        List<OutgoingMail> sent = f.outbox.sent();
        String token = URLDecoder.decode(sent.get(0).htmlBody().substring(f.links.verifyEmail("").length()),
                StandardCharsets.UTF_8);

        String page = open(token);

        assertTrue(page.contains("id=\"cg-verify-email-done\""), page);
        assertTrue(page.contains("the e-mail address of alice is now verified"), page);
        assertTrue(f.emailVerification.isVerified("alice"));
        assertTrue(f.host.directory.isMember("Verified Customers", "alice"));
        verify(resp, never()).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        verify(resp).setHeader("Referrer-Policy", "no-referrer");
    }

    @Test
    void aBadLinkIsA400PageAndChangesNothing() throws IOException {
        String page = open("<script>alert(1)</script>.x");

        verify(resp).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertTrue(page.contains("id=\"cg-verify-email-failed\""), page);
        assertTrue(page.contains("This verification link is not valid."), page);
        assertFalse(page.contains("<script>"), page);
        assertFalse(f.emailVerification.isVerified("alice"));
    }

    @Test
    void noTokenIsABadLinkToo() throws IOException {
        String page = open(null);

        verify(resp).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertTrue(page.contains("This verification link is not valid."), page);
    }
}
