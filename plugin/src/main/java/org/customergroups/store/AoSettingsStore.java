package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.port.SettingsStore;
import org.customergroups.store.ao.SettingEntity;

import java.util.Objects;
import java.util.Optional;

import static org.customergroups.store.ao.SettingEntity.SETTING_NAME;
import static org.customergroups.store.ao.SettingEntity.SETTING_VALUE;

/** The plugin's global settings in Active Objects: one row per set setting; see {@link SettingEntity}. */
public final class AoSettingsStore implements SettingsStore {

    private final ActiveObjects ao;

    public AoSettingsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<String> get(String name) {
        return name == null ? Optional.empty() : entity(name).map(e -> fromColumn(e.getSettingValue()));
    }

    /** Safe against a concurrent first write of the same setting (see {@link Upserts}); last write wins. */
    @Override
    public void put(String name, String value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            TransientConflicts.retry(() -> ao.deleteWithSQL(SettingEntity.class, SETTING_NAME + " = ?", name));
            return;
        }
        Upserts.upsert(
                () -> ao.executeInTransaction(() -> entity(name).map(e -> {
                    if (!value.equals(fromColumn(e.getSettingValue()))) {
                        e.setSettingValue(toColumn(value));
                        e.save();
                    }
                    return true;
                }).orElse(false)),
                () -> ao.executeInTransaction(() -> ao.create(SettingEntity.class,
                        new DBParam(SETTING_NAME, name),
                        new DBParam(SETTING_VALUE, toColumn(value)))),
                () -> entity(name).isPresent());
    }

    /** The empty string is stored as NULL; see {@link SettingEntity#getSettingValue()}. */
    private static String toColumn(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String fromColumn(String stored) {
        return stored == null ? "" : stored;
    }

    private Optional<SettingEntity> entity(String name) {
        SettingEntity[] found = ao.find(SettingEntity.class, Query.select().where(SETTING_NAME + " = ?", name));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }
}
