package org.customergroups.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's key and version, written into customer-groups-build.properties by the build. */
public record PluginInfo(String key, String version) {

    static final String RESOURCE = "/customer-groups-build.properties";

    public static PluginInfo fromBuild() {
        try (InputStream in = PluginInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            Properties p = new Properties();
            p.load(in);
            return new PluginInfo(p.getProperty("plugin.key"), p.getProperty("plugin.version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
