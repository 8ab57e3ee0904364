package org.customergroups.sandbox.web;

/** Where the login page may send the browser afterwards: only a path on this server (no open redirect). */
final class SafeDestination {

    private SafeDestination() {
    }

    static String orElse(String requested, String fallback) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.indexOf('\\') >= 0 || requested.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return fallback;
        }
        return requested;
    }
}
