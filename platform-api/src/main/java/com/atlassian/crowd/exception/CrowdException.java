package com.atlassian.crowd.exception;

/**
 * Declaration of the root of Crowd's <b>checked</b> exceptions (extends {@link Exception}), mirrored only as far as the
 * GroupManager throws clauses need. Constructors pass through (an exception's constructor semantics are its published
 * contract; tests throw these from mocks).
 * Unconfirmed for 10.3: whether the real class is abstract, and its exact constructor set, were not checked; the
 * hierarchy Exception &gt; CrowdException &gt; ObjectNotFoundException &gt; GroupNotFoundException is confirmed by Crowd 7.1.0.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/7.1.0/com/atlassian/crowd/exception/GroupNotFoundException.html">GroupNotFoundException (Crowd 7.1.0)</a>
 */
public class CrowdException extends Exception {

    private static final long serialVersionUID = 1L;

    public CrowdException() {
        super();
    }

    public CrowdException(String message) {
        super(message);
    }

    public CrowdException(String message, Throwable cause) {
        super(message, cause);
    }

    public CrowdException(Throwable cause) {
        super(cause);
    }
}
