package com.atlassian.crowd.event;

import com.atlassian.crowd.embedded.api.Directory;

/**
 * Declaration of Crowd's directory event ({@code public abstract class DirectoryEvent extends Event}) with its public
 * constructor {@code (Object source, Directory directory)}, {@code Directory getDirectory()} and
 * {@code Long getDirectoryId()}. Value-carrier semantics (see {@link Event}): the directory is stored and returned;
 * the id is the directory's {@code getId()} (null when there is no directory).
 * Not declared: {@code getDirectoryType()} (returns Crowd's DirectoryType, not needed) and
 * {@code getDirectoryImplementationClass()}.
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.2.3/com/atlassian/crowd/event/DirectoryEvent.html">DirectoryEvent (Crowd 6.2.3)</a>
 */
public abstract class DirectoryEvent extends Event {

    public DirectoryEvent(Object source, Directory directory) {
        super(source);
    }

    public Directory getDirectory() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Long getDirectoryId() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
