package org.customergroups.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.customergroups.domain.DomainException;

import javax.inject.Inject;

/** Who is calling: the first thing every resource asks, before it touches anything else. */
public final class Caller {

    private final UserManager users;

    @Inject
    public Caller(UserManager users) {
        this.users = users;
    }

    /** The signed-in user, or 401. */
    public UserKey requireSignedIn() {
        UserKey key = users.getRemoteUserKey();
        if (key == null) {
            throw DomainException.notAuthenticated();
        }
        return key;
    }

    /** The signed-in user's key as the services take it (the actor), or 401. */
    public String requireUserKey() {
        return requireSignedIn().getStringValue();
    }

    /** A Jira administrator, or 401/403. */
    public UserKey requireAdmin() {
        UserKey key = requireSignedIn();
        if (!users.isAdmin(key)) {
            throw DomainException.forbidden("cg.error.admin.required");
        }
        return key;
    }
}
