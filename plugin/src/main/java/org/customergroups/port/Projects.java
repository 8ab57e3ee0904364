package org.customergroups.port;

import org.customergroups.domain.ProjectRef;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The host's projects. */
public interface Projects {

    Optional<ProjectRef> byKey(String key);

    Optional<ProjectRef> byId(long id);

    /** The projects with these ids that exist, ordered by key. */
    List<ProjectRef> byIds(Collection<Long> ids);
}
