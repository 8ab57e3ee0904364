package org.customergroups.sandbox.plugin;

import java.util.List;
import java.util.Optional;

/**
 * The parts of the plugin's {@code atlassian-plugin.xml} the sandbox acts on, as Jira's plugin
 * system would: servlets, REST, web resources and the i18n bundle.
 */
public record PluginDescriptor(String key, String version, List<String> i18nBundles, List<ServletModule> servlets,
                               List<RestModule> restModules, List<WebResourceModule> webResources) {

    public PluginDescriptor {
        i18nBundles = List.copyOf(i18nBundles);
        servlets = List.copyOf(servlets);
        restModules = List.copyOf(restModules);
        webResources = List.copyOf(webResources);
    }

    public Optional<WebResourceModule> webResource(String moduleKey) {
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst();
    }

    /** {@code <servlet>}: mounted by Jira at {@code /plugins/servlet<url-pattern>}. */
    public record ServletModule(String key, String className, List<String> urlPatterns) {
        public ServletModule {
            urlPatterns = List.copyOf(urlPatterns);
        }
    }

    /** {@code <rest>}: served at {@code /rest<path>/<version>}, resources found in {@code packages}. */
    public record RestModule(String key, String path, String version, List<String> packages) {
        public RestModule {
            packages = List.copyOf(packages);
        }

        public String mountPath() {
            return "/rest" + path + "/" + version;
        }
    }

    /** {@code <web-resource>} with its downloadable files, the contexts it joins and its transformers. */
    public record WebResourceModule(String key, List<Resource> resources, List<String> contexts,
                                    List<Transformation> transformations) {
        public WebResourceModule {
            resources = List.copyOf(resources);
            contexts = List.copyOf(contexts);
            transformations = List.copyOf(transformations);
        }

        public Optional<Resource> download(String name) {
            return resources.stream().filter(r -> "download".equals(r.type()) && r.name().equals(name)).findFirst();
        }

        /** Whether files ending in {@code .extension} go through the transformer {@code transformerKey}. */
        public boolean transforms(String extension, String transformerKey) {
            return transformations.stream()
                    .anyMatch(t -> t.extension().equals(extension) && t.transformerKeys().contains(transformerKey));
        }
    }

    /** {@code <resource type name location/>}. */
    public record Resource(String type, String name, String location) {
    }

    /** {@code <transformation extension><transformer key/>...</transformation>}. */
    public record Transformation(String extension, List<String> transformerKeys) {
        public Transformation {
            transformerKeys = List.copyOf(transformerKeys);
        }
    }
}
