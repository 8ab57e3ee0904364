package com.opensymphony.module.propertyset;

import java.util.Collection;

/**
 * Declaration of OpenSymphony's property set (interface), the type of a Jira user's property set
 * ({@code UserPropertyManager.getPropertySet}). Only the members the plugin calls and the {@code STRING} type
 * constant (a compile-time constant, inlined: its value must be the published 5).
 * {@code getKeys(String prefix, int type)}, {@code getString}, {@code setString}, {@code exists}, {@code remove(String)}
 * per the interface methods implemented by Confluence's {@code BucketPropertySet} (javadoc "in interface
 * com.opensymphony.module.propertyset.PropertySet"); the raw {@code Collection} return as published.
 * {@code STRING = 5} (and the five members) confirmed in the OpenSymphony PropertySet source
 * (github.com/alfunk-cvent/opensymphony-propertyset-backup, src/java/com/opensymphony/module/propertyset/PropertySet.java:
 * "Value-type String (max length 255)", {@code int STRING = 5}) and a decompiled copy in public code.
 * Unconfirmed: the PropertySet version shipped in 10.3 (the constants have never changed in the sources read).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/7.12.0/bucket/user/propertyset/BucketPropertySet.html">BucketPropertySet (Confluence 7.12), implementing PropertySet</a>
 */
@SuppressWarnings("rawtypes")
public interface PropertySet {

    int STRING = 5;

    Collection getKeys(String prefix, int type);

    String getString(String key);

    void setString(String key, String value);

    boolean exists(String key);

    void remove(String key);
}
