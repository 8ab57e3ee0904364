package com.atlassian.jira.util;

/**
 * Declaration of Jira's i18n helper ({@code @PublicApi} interface). Note: Jira's two-argument form is
 * {@code getText(String key, Object parameters)} - a single {@code Object} (a value, a List or an array), <b>not</b>
 * varargs. Only these two methods are declared.
 * Unconfirmed for 10.3: checked against the "jira/server" MockI18nHelper page (methods of I18nHelper) and the Jira 7.x
 * I18nHelper page; no 10.x page read.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/mock/i18n/MockI18nHelper.html">MockI18nHelper (jira/server)</a>
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/I18nHelper.html">I18nHelper (Jira 7.x "latest")</a>
 */
public interface I18nHelper {

    String getText(String key);

    String getText(String key, Object parameters);
}
