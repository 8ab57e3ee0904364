package org.customergroups.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One project's saved request form (table {@code AO_<hash>_REQUEST_FORM}). One row per project: the unique
 * {@code PROJECT_ID} (whose index serves every lookup) makes a concurrent first save fail in the database instead of
 * adding a second row. Empty texts are stored as NULL (Oracle cannot tell them apart). Intro and help text may be
 * longer than AO's VARCHAR maximum (450), hence the unlimited columns; they are never filtered on.
 */
@Preload
@Table("REQUEST_FORM")
public interface RequestFormEntity extends Entity {

    String PROJECT_ID = "PROJECT_ID";
    String ENABLED = "ENABLED";
    String TITLE = "TITLE";
    String INTRO = "INTRO";
    String DESCRIPTION_SHOWN = "DESCRIPTION_SHOWN";
    String BLOCK_ENABLED = "BLOCK_ENABLED";
    String BLOCK_LABEL = "BLOCK_LABEL";
    String BLOCK_HELP = "BLOCK_HELP";
    String BLOCK_REQUIRED = "BLOCK_REQUIRED";
    String BLOCK_MULTIPLE = "BLOCK_MULTIPLE";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    boolean isEnabled();

    void setEnabled(boolean enabled);

    /** At most {@code RequestForm.MAX_TITLE} (200) characters: fits the default VARCHAR(255). */
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getIntro();

    void setIntro(String intro);

    @NotNull
    boolean isDescriptionShown();

    void setDescriptionShown(boolean shown);

    @NotNull
    boolean isBlockEnabled();

    void setBlockEnabled(boolean enabled);

    String getBlockLabel();

    void setBlockLabel(String label);

    @StringLength(StringLength.UNLIMITED)
    String getBlockHelp();

    void setBlockHelp(String help);

    @NotNull
    boolean isBlockRequired();

    void setBlockRequired(boolean required);

    @NotNull
    boolean isBlockMultiple();

    void setBlockMultiple(boolean multiple);

    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
