package com.atlassian.crowd.exception;

/**
 * Declaration of Crowd's "group not found" checked exception (extends {@link ObjectNotFoundException}), with its
 * published constructors {@code (String groupName)}, {@code (String groupName, Throwable)} and {@code getGroupName()}.
 * The constructors pass the group name on as the message (the real message text is not reproduced).
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/7.1.0/com/atlassian/crowd/exception/GroupNotFoundException.html">GroupNotFoundException (Crowd 7.1.0)</a>
 */
public class GroupNotFoundException extends ObjectNotFoundException {

    private static final long serialVersionUID = 1L;

    public GroupNotFoundException(String groupName) {
        super(groupName);
    }

    public GroupNotFoundException(String groupName, Throwable e) {
        super(groupName, e);
    }

    public String getGroupName() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
