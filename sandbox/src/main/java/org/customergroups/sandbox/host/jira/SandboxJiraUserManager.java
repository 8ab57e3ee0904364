package org.customergroups.sandbox.host.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.customergroups.sandbox.host.HostDirectory;

import java.util.Collection;

/**
 * Jira's user manager over the sandbox's users (user key = username), for the plugin's field types, which Jira
 * builds with its own components. Listing every user is refused: the plugin must never need it.
 */
public final class SandboxJiraUserManager implements UserManager {

    private final HostDirectory directory;

    public SandboxJiraUserManager(HostDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return getUserByName(userKey);
    }

    @Override
    public ApplicationUser getUserByName(String userName) {
        return userName == null ? null : directory.findUser(userName).map(SandboxApplicationUser::new).orElse(null);
    }

    @Override
    public ApplicationUser getUserByNameEvenWhenUnknown(String userName) {
        return getUserByName(userName);
    }

    @Override
    public Collection<ApplicationUser> getAllApplicationUsers() {
        throw new UnsupportedOperationException("The plugin must not list every user");
    }
}
