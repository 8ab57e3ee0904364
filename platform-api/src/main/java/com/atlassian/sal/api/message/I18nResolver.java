package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Declaration of SAL's i18n resolver (interface). Only the members the plugin calls.
 * The javadoc of an implementation lists both methods as "getText in interface com.atlassian.sal.api.message.I18nResolver",
 * i.e. they are declared on I18nResolver itself (no supertype carries them).
 * Unconfirmed for 10.3: the SAL version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-bamboo/8.0.4/com/atlassian/bamboo/utils/i18n/I18nResolverAdapter.html">I18nResolverAdapter (Bamboo 8.0.4)</a>
 */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);
}
