package com.atlassian.templaterenderer;

/**
 * Declaration of the template renderer's failure (class extending {@link RuntimeException}, so unchecked), as in the
 * atlassian-template-renderer source seen in public code (constructors {@code (String, Throwable)}, {@code (String)},
 * {@code (Throwable)}). Constructors pass through to {@link RuntimeException}: an exception's constructor
 * semantics are its published contract, and tests throw it from mocks.
 * Unconfirmed for 10.3: the template-renderer version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html">TemplateRenderer (1.5.2), which throws it</a>
 */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
