package org.customergroups.sandbox.host;

import java.util.Optional;

/**
 * Who the current request runs as. Set by the sandbox's authentication filter for the duration of
 * one request (as Jira's authentication context is), read by the host services.
 */
public final class CurrentUser {

    private final ThreadLocal<HostUser> user = new ThreadLocal<>();

    public Optional<HostUser> get() {
        return Optional.ofNullable(user.get());
    }

    /** Makes {@code who} (null = anonymous) current until the returned scope is closed. */
    public Scope open(HostUser who) {
        HostUser previous = user.get();
        user.set(who);
        return () -> {
            if (previous == null) {
                user.remove();
            } else {
                user.set(previous);
            }
        };
    }

    /** Restores the previous user; closing never fails. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
