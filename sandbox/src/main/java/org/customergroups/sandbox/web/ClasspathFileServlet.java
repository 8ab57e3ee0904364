package org.customergroups.sandbox.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/** The sandbox's own static files ({@code /sandbox/*}: the AJS shim, CSS) from one classpath folder. */
public final class ClasspathFileServlet extends HttpServlet {

    // Plain file names only: no path traversal out of the folder.
    private static final Pattern NAME = Pattern.compile("/[A-Za-z0-9_-]+\\.[a-z]+");

    private final String folder;

    public ClasspathFileServlet(String folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || !NAME.matcher(path).matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathFileServlet.class.getClassLoader().getResourceAsStream(folder + path)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] body = in.readAllBytes();
            resp.setContentType(ContentTypes.of(path));
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
