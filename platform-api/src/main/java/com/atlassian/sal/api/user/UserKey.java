package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Declaration of SAL's user key: a {@code final class} implementing {@link Serializable} with a public
 * {@code UserKey(String)} constructor and {@code getStringValue()}.
 * <p>
 * This is the one SAL type in platform-api that carries behaviour, because it is a <em>value type</em> whose
 * behaviour is its published contract (SAL source: the constructor rejects null and stores the string,
 * {@code getStringValue()} and {@code toString()} return it, {@code equals}/{@code hashCode} compare the string).
 * The tests and the sandbox construct UserKeys at runtime, so this copy reproduces exactly that. In Jira the real
 * class is used; this one is never packaged.
 * Unconfirmed for 10.3: a static {@code fromLong(long)} factory was not found in the sources read and is not declared.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html">UserKey source (SAL 3.0.4)</a>
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return getStringValue();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
