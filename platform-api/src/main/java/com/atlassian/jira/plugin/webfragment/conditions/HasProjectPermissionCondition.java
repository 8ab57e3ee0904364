package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * Declaration of Jira's web-fragment condition "the user has this permission in the selected project"
 * ({@code param name="permission"}, a short name such as {@code project} = Administer Projects).
 * Declared only so that the descriptor lint can check the {@code <condition class="...">} of the
 * plugin's project settings web-item; the plugin never calls it, Jira instantiates its own class.
 * Simplified: in Jira the class extends {@code AbstractProjectPermissionCondition} (itself a
 * {@link Condition}); here it implements {@link Condition} directly.
 * Unconfirmed for 10.3: the class and the {@code permission} parameter are used in a Jira 10.0 plugin
 * (reference [SLK]); the constructor follows the Jira 7.x javadoc of its superclasses.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/webfragment/conditions/HasProjectPermissionCondition.html">HasProjectPermissionCondition (Jira 7.x "latest")</a>
 */
public class HasProjectPermissionCondition implements Condition {

    public HasProjectPermissionCondition(PermissionManager permissionManager) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
