package com.atlassian.crowd.exception;

/**
 * Declaration of Crowd's "entity not found" checked exception (extends {@link CrowdException}); superclass of
 * {@link GroupNotFoundException} and {@link UserNotFoundException}. Constructors pass through.
 * Unconfirmed for 10.3: the {@code (Class, Object)} constructor of the real class is not declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.0.0-EAP01/com/atlassian/crowd/exception/ObjectNotFoundException.html">ObjectNotFoundException (Crowd 6.0.0-EAP01)</a>
 */
public class ObjectNotFoundException extends CrowdException {

    private static final long serialVersionUID = 1L;

    public ObjectNotFoundException() {
        super();
    }

    public ObjectNotFoundException(String message) {
        super(message);
    }

    public ObjectNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    public ObjectNotFoundException(Throwable cause) {
        super(cause);
    }
}
