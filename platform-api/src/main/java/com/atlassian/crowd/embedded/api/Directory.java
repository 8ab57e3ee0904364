package com.atlassian.crowd.embedded.api;

/**
 * Declaration of Embedded Crowd's user directory (interface), minimal: it is the type of a crowd
 * {@code DirectoryEvent}'s directory. {@code getId()} backs {@code DirectoryEvent.getDirectoryId()} ({@code Long}).
 * Unconfirmed for 10.3: kind and {@code Long getId()}/{@code String getName()} not checked against javadoc.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.2.3/com/atlassian/crowd/event/DirectoryEvent.html">DirectoryEvent (Crowd 6.2.3), which carries it</a>
 */
public interface Directory {

    Long getId();

    String getName();
}
