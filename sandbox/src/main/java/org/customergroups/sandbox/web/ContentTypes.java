package org.customergroups.sandbox.web;

import java.util.Map;

/** Content types of the static files the sandbox serves. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "js", "application/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "gif", "image/gif",
            "json", "application/json;charset=UTF-8",
            "html", "text/html;charset=UTF-8");

    private ContentTypes() {
    }

    static String of(String name) {
        return BY_EXTENSION.getOrDefault(extension(name), "application/octet-stream");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
