package org.customergroups.sandbox.host;

import java.util.Optional;

/** Checks sandbox credentials. Every demo password is the username: this host is never production. */
public final class SandboxAuthenticator {

    private final HostDirectory directory;

    public SandboxAuthenticator(HostDirectory directory) {
        this.directory = directory;
    }

    public Optional<HostUser> authenticate(String username, String password) {
        if (username == null || username.isEmpty() || !username.equals(password)) {
            return Optional.empty();
        }
        return directory.findUser(username);
    }
}
