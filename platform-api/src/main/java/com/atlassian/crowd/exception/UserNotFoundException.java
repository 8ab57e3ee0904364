package com.atlassian.crowd.exception;

/**
 * Declaration of Crowd's "user not found" checked exception (extends {@link ObjectNotFoundException}, per the
 * ObjectNotFoundException subclass list). Constructor {@code (String userName)} stores the name (used as message).
 * Unconfirmed for 10.3: constructor set and {@code getUserName()} not seen in javadoc; only the class and its
 * superclass were.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.0.0-EAP01/com/atlassian/crowd/exception/ObjectNotFoundException.html">ObjectNotFoundException (Crowd 6.0.0-EAP01), listing this subclass</a>
 */
public class UserNotFoundException extends ObjectNotFoundException {

    private static final long serialVersionUID = 1L;

    public UserNotFoundException(String userName) {
        super(userName);
    }
}
