package org.customergroups.service.fakes;

import java.util.HashMap;
import java.util.Map;

import org.customergroups.domain.SharingSetup;
import org.customergroups.port.PermissionSchemes;

/** Stands in for Jira's permission schemes: a sharing setup per project; unknown projects have no field. */
public final class FakePermissionSchemes implements PermissionSchemes {

    private final Map<Long, SharingSetup> setups = new HashMap<>();

    public FakePermissionSchemes set(long projectId, SharingSetup setup) {
        setups.put(projectId, setup);
        return this;
    }

    @Override
    public SharingSetup sharingSetup(long projectId) {
        return setups.getOrDefault(projectId, new SharingSetup(null, null, "Default Permission Scheme", false, false));
    }
}
