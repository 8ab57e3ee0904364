package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Declaration of Jira's error collection (interface): general messages and field errors (field id to message).
 * Checked by usage (service results in Jira plugins). Unconfirmed for 10.3: no javadoc page opened.
 */
public interface ErrorCollection {

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
