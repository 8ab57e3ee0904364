package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.IssueRef;

import java.util.Optional;

/**
 * Customer-admin visibility: a member of Customer Admins sees every ticket whose reporter belongs to a
 * customer group the admin also belongs to, when that group is in the catalog of the ticket's project.
 * Default groups never count as the shared group (Customers would otherwise mean "every ticket").
 */
public final class CustomerAdmins {

    /** The customer group through which {@code username} sees {@code issue} as a customer admin; empty if none. */
    public Optional<CustomerGroup> adminPath(String username, IssueRef issue) {
        throw new UnsupportedOperationException("issue 6: customer admins");
    }

    /** Whether the user is a member of Customer Admins. */
    public boolean isCustomerAdmin(String username) {
        throw new UnsupportedOperationException("issue 6: customer admins");
    }
}
