package org.customergroups.port;

import org.customergroups.domain.SharingSetup;

/** What the host's permission schemes say about the Customer Groups field. */
public interface PermissionSchemes {

    /** The sharing setup of the project (Customer Groups field, Browse Projects and Add Comments grants). */
    SharingSetup sharingSetup(long projectId);
}
