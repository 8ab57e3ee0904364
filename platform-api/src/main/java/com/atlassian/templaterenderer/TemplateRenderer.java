package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Declaration of the Atlassian template renderer (interface; Velocity in Jira).
 * Checked against atlassian-template-renderer 1.5.2 javadoc: both {@code render} overloads throw
 * {@link RenderingException} and {@link IOException}; {@code renderFragment} and {@code resolve} declare no exception.
 * Unconfirmed for 10.3: the template-renderer version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html">TemplateRenderer (1.5.2)</a>
 */
public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context);

    boolean resolve(String templateName);
}
