package org.customergroups.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

/** SAL's view of a sandbox account. The user key is the username: sandbox users are never renamed. */
public record SandboxUserProfile(HostUser user) implements UserProfile {

    @Override
    public UserKey getUserKey() {
        return new UserKey(user.username());
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getFullName() {
        return user.displayName();
    }

    @Override
    public String getEmail() {
        return user.email();
    }
}
