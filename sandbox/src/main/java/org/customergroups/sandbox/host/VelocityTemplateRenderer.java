package org.customergroups.sandbox.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The template renderer Jira gives plugins: Velocity 1.7, templates from the classpath. Each
 * render gets a fresh {@code $webResourceManager} (see {@link WebResourceTags}).
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine;
    private final Supplier<WebResourceTags> webResources;

    public VelocityTemplateRenderer(VelocityEngine engine, Supplier<WebResourceTags> webResources) {
        this.engine = engine;
        this.webResources = webResources;
    }

    /** A Velocity engine loading templates from the classpath, logging through SLF4J. */
    public static VelocityEngine classpathEngine() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        p.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty("class.resource.loader.cache", "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.VM_LIBRARY, "");
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, VelocityLog.class.getName());
        VelocityEngine engine = new VelocityEngine();
        try {
            engine.init(p);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
        return engine;
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            engine.mergeTemplate(templateName, "UTF-8", contextFor(context), writer);
        } catch (RuntimeException e) {
            // Velocity wraps the writer's IOException (e.g. the client went away): report it as one.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new RenderingException("Cannot render " + templateName, e);
        }
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(contextFor(context), out, "fragment", fragment);
        } catch (Exception e) {
            throw new RenderingException("Cannot render a fragment", e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext contextFor(Map<String, Object> context) {
        VelocityContext velocity = new VelocityContext();
        velocity.put("webResourceManager", webResources.get());
        context.forEach(velocity::put);
        return velocity;
    }
}
