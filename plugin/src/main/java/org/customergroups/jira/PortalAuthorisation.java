package org.customergroups.jira;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.security.auth.Authorisation;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.port.CustomerGroupStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Set;

/**
 * Jira's {@code authorisation} module: lets reporters without a Jira licence sign in, so that they can use the
 * plugin's portal. Plain Jira refuses a login from a user outside every application-access group; this module says
 * GRANTED for an <em>active, unlicensed</em> user who is in the Customers group or in any customer group, and
 * ABSTAIN for everyone else (licensed users, inactive users, unlicensed users outside every customer group), so
 * Jira's own rule decides for them. It never says DENIED.
 * <p>
 * It names no Seraph roles ({@link #getRequiredRoles} is empty) and abstains from every role decision: what a signed-in
 * reporter may see is decided by each page, and Jira 10 refuses unlicensed users on every servlet and REST resource not
 * annotated for them (the portal servlet and the portal/forms REST resources are; they check access themselves).
 * Anything that goes wrong while deciding is logged and counts as ABSTAIN: a plugin fault must not open or block
 * logins.
 */
public class PortalAuthorisation implements Authorisation {

    private static final Logger LOG = LoggerFactory.getLogger(PortalAuthorisation.class);

    private final ApplicationRoleManager applicationRoleManager;
    private final GroupManager groupManager;
    private final CustomerGroupStore customerGroupStore;

    public PortalAuthorisation(ApplicationRoleManager applicationRoleManager, GroupManager groupManager,
                               CustomerGroupStore customerGroupStore) {
        this.applicationRoleManager = applicationRoleManager;
        this.groupManager = groupManager;
        this.customerGroupStore = customerGroupStore;
    }

    @Override
    public Decision authoriseForLogin(ApplicationUser user, HttpServletRequest request) {
        try {
            if (user == null || !user.isActive() || applicationRoleManager.hasAnyRole(user)) {
                return Decision.ABSTAIN;
            }
            return inCustomerGroup(user) ? Decision.GRANTED : Decision.ABSTAIN;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Customer Groups: could not decide whether {} may sign in to the portal; Jira decides",
                    user.getKey(), e);
            return Decision.ABSTAIN;
        }
    }

    @Override
    public Set<String> getRequiredRoles(HttpServletRequest request) {
        return Set.of();
    }

    @Override
    public Decision authoriseForRole(ApplicationUser user, HttpServletRequest request, String role) {
        return Decision.ABSTAIN;
    }

    /** Customers (by name, even before the plugin has recorded it) or any group the plugin manages. */
    private boolean inCustomerGroup(ApplicationUser user) {
        Collection<String> groups = groupManager.getGroupNamesForUser(user);
        if (groups == null) {
            return false;
        }
        String customers = DefaultGroup.CUSTOMERS.groupName();
        for (String name : groups) {
            if (name != null && (name.equalsIgnoreCase(customers) || customerGroupStore.findByName(name).isPresent())) {
                return true;
            }
        }
        return false;
    }
}
