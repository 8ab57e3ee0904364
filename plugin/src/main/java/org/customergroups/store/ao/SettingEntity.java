package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One global setting of the plugin (table {@code AO_<hash>_SETTING}): a name and its value. Settings live in the
 * database rather than in Jira's plugin settings so that every cluster node reads the same value without a cache
 * to invalidate. The unique {@code SETTING_NAME} makes a concurrent first write of the same setting fail in the
 * database instead of leaving two rows. The column names avoid {@code NAME}/{@code VALUE} ({@code VALUE} is
 * reserved on H2).
 */
@Preload
@Table("SETTING")
public interface SettingEntity extends Entity {

    String SETTING_NAME = "SETTING_NAME";
    String SETTING_VALUE = "SETTING_VALUE";

    @NotNull
    @Unique
    String getSettingName();

    void setSettingName(String name);

    /** Null for the empty string, which AO refuses to store (Oracle cannot tell it from NULL). */
    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String value);
}
