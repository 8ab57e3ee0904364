package org.customergroups.sandbox.host.jira;

import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.sandbox.host.HostUser;

import java.util.Objects;

/** Jira's {@link ApplicationUser} for a sandbox account: key = username, always active. Equal by key, as in Jira. */
public final class SandboxApplicationUser implements ApplicationUser {

    private final HostUser user;

    public SandboxApplicationUser(HostUser user) {
        this.user = user;
    }

    @Override
    public String getKey() {
        return user.username();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public String getEmailAddress() {
        return user.email();
    }

    @Override
    public String getDisplayName() {
        return user.displayName();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    /** Sandbox accounts are known by username only. */
    @Override
    public Long getId() {
        throw new UnsupportedOperationException("Sandbox users have no numeric id");
    }

    /** The sandbox has no Crowd directory behind its users. */
    @Override
    public com.atlassian.crowd.embedded.api.User getDirectoryUser() {
        throw new UnsupportedOperationException("The sandbox has no Crowd directory users");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationUser other && Objects.equals(getKey(), other.getKey());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getKey());
    }

    @Override
    public String toString() {
        return user.username() + "(" + user.username() + ")";
    }
}
