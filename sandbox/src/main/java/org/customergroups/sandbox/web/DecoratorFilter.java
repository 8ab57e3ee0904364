package org.customergroups.sandbox.web;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's page decorator, sandbox-sized: an HTML page that asks for a decorator
 * ({@code <meta name="decorator" ...>}) gets the sandbox stylesheet and the sandbox's top bar
 * (who is signed in, log out, home), as Jira wraps plugin pages in its header. Other responses
 * pass unchanged.
 */
public final class DecoratorFilter implements Filter {

    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_OPEN = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

    private final PageRenderer pages;
    private final String stylesheet;

    public DecoratorFilter(PageRenderer pages, String contextPath) {
        this.pages = pages;
        this.stylesheet = "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + contextPath + "/sandbox/sandbox.css\">\n";
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        BufferedResponse buffered = new BufferedResponse(resp);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        String type = resp.getContentType() == null ? "" : resp.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") && body.length > 0) {
            Charset charset = Charset.forName(resp.getCharacterEncoding());
            String page = new String(body, charset);
            if (DECORATOR.matcher(page).find()) {
                body = decorate(page).getBytes(charset);
            }
        }
        if (!resp.isCommitted() || body.length > 0) {
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }

    private String decorate(String page) throws IOException {
        String result = page.contains(stylesheet) ? page : page.replaceFirst("(?i)</head>", Matcher.quoteReplacement(stylesheet + "</head>"));
        Matcher body = BODY_OPEN.matcher(result);
        if (!body.find()) {
            return result;
        }
        String header = pages.renderToString("header.vm", Map.of());
        return result.substring(0, body.end()) + "\n" + header + result.substring(body.end());
    }
}
