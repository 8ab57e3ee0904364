package org.customergroups.sandbox.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code http://localhost:2990/} leads to the sandbox home, as a Jira started by AMPS does. */
public final class RootRedirectServlet extends HttpServlet {

    private final String target;

    public RootRedirectServlet(String target) {
        this.target = target;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(target);
    }
}
