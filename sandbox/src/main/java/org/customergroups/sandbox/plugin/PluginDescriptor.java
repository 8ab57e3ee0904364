package org.customergroups.sandbox.plugin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the plugin's {@code atlassian-plugin.xml} the sandbox acts on, as Jira's plugin
 * system would: servlets, REST, web resources, custom field types, web panels and the i18n bundle.
 */
public record PluginDescriptor(String key, String version, List<String> i18nBundles, List<ServletModule> servlets,
                               List<RestModule> restModules, List<WebResourceModule> webResources,
                               List<CustomFieldTypeModule> customFieldTypes, List<WebPanelModule> webPanels) {

    public PluginDescriptor {
        i18nBundles = List.copyOf(i18nBundles);
        servlets = List.copyOf(servlets);
        restModules = List.copyOf(restModules);
        webResources = List.copyOf(webResources);
        customFieldTypes = List.copyOf(customFieldTypes);
        webPanels = List.copyOf(webPanels);
    }

    /** The web panels of a location, by weight (lower first) as Jira orders them. */
    public List<WebPanelModule> webPanels(String location) {
        return webPanels.stream()
                .filter(p -> p.location().equals(location))
                .sorted(Comparator.comparingInt(WebPanelModule::weight))
                .toList();
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

    /**
     * {@code <customfield-type key name class>} with its {@code <resource type="velocity">} templates
     * ({@code view}, {@code column-view}, ...).
     */
    public record CustomFieldTypeModule(String key, String name, String className, List<Resource> resources) {
        public CustomFieldTypeModule {
            resources = List.copyOf(resources);
        }

        /** The location of the velocity template named {@code name} (e.g. {@code view}). */
        public Optional<String> velocity(String name) {
            return resources.stream()
                    .filter(r -> "velocity".equals(r.type()) && r.name().equals(name))
                    .map(Resource::location)
                    .findFirst();
        }
    }

    /**
     * {@code <web-panel key location weight>} with its {@code <label key>}, {@code <context-provider class>},
     * {@code <param>}s and {@code <resource type="velocity" name="view">} template. {@code labelKey} and
     * {@code contextProviderClass} are null when the panel has none; {@code weight} defaults to 1000
     * (Jira's default).
     */
    public record WebPanelModule(String key, String location, int weight, String labelKey, String contextProviderClass,
                                 Map<String, String> params, List<Resource> resources) {
        public WebPanelModule {
            params = Map.copyOf(params);
            resources = List.copyOf(resources);
        }

        public Optional<String> viewTemplate() {
            return resources.stream()
                    .filter(r -> "velocity".equals(r.type()) && "view".equals(r.name()))
                    .map(Resource::location)
                    .findFirst();
        }
    }
}
