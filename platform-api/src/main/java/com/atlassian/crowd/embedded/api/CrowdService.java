package com.atlassian.crowd.embedded.api;

import com.atlassian.crowd.exception.OperationNotPermittedException;

/**
 * Declaration of Embedded Crowd's user and group service (interface, "Provides the interface for performing User and
 * Group operations in Crowd for applications embedding Crowd"). Only {@code boolean removeGroup(Group)}: Jira's
 * {@code GroupManager} has no confirmed delete method.
 * Unconfirmed for 10.3: the embedded Crowd version. {@code removeGroup} per the Crowd 2.5.2 and 7.0.1 method lists
 * and per usage ({@code public boolean removeGroup(Group group) throws OperationNotPermittedException,
 * OperationFailedException}); the package of its {@code OperationFailedException} (checked or the runtime one in
 * {@code com.atlassian.crowd.exception.runtime}) was not checked, so only OperationNotPermittedException is declared
 * (throws clauses do not affect linkage).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/7.0.1/com/atlassian/crowd/embedded/api/CrowdService.html">CrowdService (Crowd 7.0.1)</a>
 */
public interface CrowdService {

    boolean removeGroup(Group group) throws OperationNotPermittedException;
}
