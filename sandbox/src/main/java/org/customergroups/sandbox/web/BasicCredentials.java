package org.customergroups.sandbox.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The username and password of an {@code Authorization: Basic} header. */
record BasicCredentials(String username, String password) {

    static boolean isBasic(String header) {
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Empty when the header is not valid Basic credentials. */
    static Optional<BasicCredentials> parse(String header) {
        if (!isBasic(header)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + "]";
    }
}
