package org.customergroups.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.RequestForm;
import org.customergroups.port.FormStore;
import org.customergroups.store.ao.RequestFormEntity;

import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import static org.customergroups.store.ao.RequestFormEntity.BLOCK_ENABLED;
import static org.customergroups.store.ao.RequestFormEntity.BLOCK_HELP;
import static org.customergroups.store.ao.RequestFormEntity.BLOCK_LABEL;
import static org.customergroups.store.ao.RequestFormEntity.BLOCK_MULTIPLE;
import static org.customergroups.store.ao.RequestFormEntity.BLOCK_REQUIRED;
import static org.customergroups.store.ao.RequestFormEntity.DESCRIPTION_SHOWN;
import static org.customergroups.store.ao.RequestFormEntity.ENABLED;
import static org.customergroups.store.ao.RequestFormEntity.INTRO;
import static org.customergroups.store.ao.RequestFormEntity.PROJECT_ID;
import static org.customergroups.store.ao.RequestFormEntity.TITLE;
import static org.customergroups.store.ao.RequestFormEntity.UPDATED_AT;
import static org.customergroups.store.ao.RequestFormEntity.UPDATED_BY;

/** Request forms in Active Objects: one row per project that saved its form; see {@link RequestFormEntity}. */
public final class AoFormStore implements FormStore {

    private final ActiveObjects ao;

    public AoFormStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<RequestForm> find(long projectId) {
        return entity(projectId).map(AoFormStore::toRecord);
    }

    /** Safe against a concurrent first save of the same project (see {@link Upserts}); last save wins. */
    @Override
    public RequestForm put(RequestForm form) {
        Objects.requireNonNull(form, "form");
        long projectId = form.projectId();
        GroupBlock b = form.groupBlock();
        Upserts.upsert(
                () -> ao.executeInTransaction(() -> entity(projectId).map(e -> {
                    e.setEnabled(form.enabled());
                    e.setTitle(toColumn(form.title()));
                    e.setIntro(toColumn(form.intro()));
                    e.setDescriptionShown(form.descriptionShown());
                    e.setBlockEnabled(b.enabled());
                    e.setBlockLabel(toColumn(b.label()));
                    e.setBlockHelp(toColumn(b.helpText()));
                    e.setBlockRequired(b.required());
                    e.setBlockMultiple(b.multiple());
                    e.setUpdatedBy(form.updatedBy());
                    e.setUpdatedAt(form.updatedAt() == null ? null : Date.from(form.updatedAt()));
                    e.save();
                    return true;
                }).orElse(false)),
                () -> ao.executeInTransaction(() -> ao.create(RequestFormEntity.class,
                        new DBParam(PROJECT_ID, projectId),
                        new DBParam(ENABLED, form.enabled()),
                        new DBParam(TITLE, toColumn(form.title())),
                        new DBParam(INTRO, toColumn(form.intro())),
                        new DBParam(DESCRIPTION_SHOWN, form.descriptionShown()),
                        new DBParam(BLOCK_ENABLED, b.enabled()),
                        new DBParam(BLOCK_LABEL, toColumn(b.label())),
                        new DBParam(BLOCK_HELP, toColumn(b.helpText())),
                        new DBParam(BLOCK_REQUIRED, b.required()),
                        new DBParam(BLOCK_MULTIPLE, b.multiple()),
                        new DBParam(UPDATED_BY, form.updatedBy()),
                        new DBParam(UPDATED_AT, form.updatedAt() == null ? null : Date.from(form.updatedAt())))),
                () -> entity(projectId).isPresent());
        return find(projectId).orElseThrow();
    }

    private static String toColumn(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private Optional<RequestFormEntity> entity(long projectId) {
        RequestFormEntity[] found = ao.find(RequestFormEntity.class,
                Query.select().where(PROJECT_ID + " = ?", projectId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static RequestForm toRecord(RequestFormEntity e) {
        GroupBlock block = new GroupBlock(e.isBlockEnabled(), e.getBlockLabel(), e.getBlockHelp(),
                e.isBlockRequired(), e.isBlockMultiple());
        return new RequestForm(e.getProjectId(), e.isEnabled(), e.getTitle(), e.getIntro(), e.isDescriptionShown(),
                block, e.getUpdatedBy(), e.getUpdatedAt() == null ? null : e.getUpdatedAt().toInstant());
    }
}
