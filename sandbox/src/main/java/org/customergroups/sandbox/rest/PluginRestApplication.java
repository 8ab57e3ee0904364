package org.customergroups.sandbox.rest;

import org.customergroups.sandbox.plugin.PluginDescriptor.RestModule;
import org.customergroups.sandbox.wiring.ConstructorInjector;
import org.customergroups.sandbox.wiring.PackageScanner;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * The Jersey application of one {@code <rest>} module, as Jira's REST plugin builds it: every
 * {@code @Path} resource and {@code @Provider} in the module's packages (and sub-packages), created
 * once with their injected constructors. Jackson writes JSON but brings no exception mappers, so
 * the plugin's own mappers decide every error body.
 */
public final class PluginRestApplication {

    private PluginRestApplication() {
    }

    public static ResourceConfig build(RestModule module, ConstructorInjector injector) {
        if (module.packages().isEmpty()) {
            throw new IllegalStateException("REST module " + module.key() + " lists no <package>");
        }
        JerseyLogNoise.silence();
        ResourceConfig config = new ResourceConfig();
        for (Class<?> type : componentClasses(module)) {
            config.register(injector.create(type));
        }
        config.register(JacksonFeature.withoutExceptionMappers());
        // WADL needs JAXB, which Jira's REST v2 does not offer plugins either.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return config;
    }

    static List<Class<?>> componentClasses(RestModule module) {
        ClassLoader loader = PluginRestApplication.class.getClassLoader();
        return module.packages().stream()
                .flatMap(p -> PackageScanner.classesIn(p, loader).stream())
                .filter(PluginRestApplication::isJaxRsComponent)
                .distinct()
                .toList();
    }

    private static boolean isJaxRsComponent(Class<?> type) {
        int modifiers = type.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isAbstract(modifiers) && !type.isInterface()
                && (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class));
    }
}
