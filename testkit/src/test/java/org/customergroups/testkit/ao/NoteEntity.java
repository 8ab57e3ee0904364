package org.customergroups.testkit.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A throwaway entity for testing the adapter itself. */
@Table("NOTE")
public interface NoteEntity extends Entity {

    @NotNull
    @Unique
    String getText();

    void setText(String text);
}
