package org.customergroups.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.http.HttpServletRequest;

/**
 * SAL's UserManager over the sandbox directory. The remote user is the one the authentication
 * filter put in {@link CurrentUser}; the request arguments are not needed for that.
 * Jira administrators and system administrators are the same people here.
 */
public final class SandboxUserManager implements UserManager {

    private final HostDirectory directory;
    private final CurrentUser current;

    public SandboxUserManager(HostDirectory directory, CurrentUser current) {
        this.directory = directory;
        this.current = current;
    }

    @Override
    public UserProfile getRemoteUser() {
        return current.get().map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey() {
        return current.get().map(u -> new UserKey(u.username())).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : getUserProfile(userKey.getStringValue());
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return directory.findUser(username).map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && directory.findUser(userKey.getStringValue()).map(HostUser::jiraAdmin).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && group != null && directory.isMember(userKey.getStringValue(), group);
    }
}
