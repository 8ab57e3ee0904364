package org.customergroups.store;

import java.util.function.BooleanSupplier;

/**
 * Insert-or-update of the one row of a unique key (a setting's name, a user's subscription). Two requests (or
 * cluster nodes) saving the same new key can both find no row; the unique constraint then refuses the second
 * insert, and that one updates the row the first inserted instead. Last write wins, and there is never a second
 * row.
 */
final class Upserts {

    private Upserts() {
    }

    /**
     * @param update  updates the row if there is one (its own transaction); false when there is none
     * @param insert  inserts the row (its own transaction)
     * @param present whether the row is there now (the re-check after a failed insert)
     */
    static void upsert(BooleanSupplier update, Runnable insert, BooleanSupplier present) {
        for (int attempt = 1; ; attempt++) {
            if (TransientConflicts.retry(update::getAsBoolean)) {
                return;
            }
            try {
                insert.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= TransientConflicts.ATTEMPTS || !UniqueViolations.lostRace(e, present)) {
                    throw e;
                }
            }
        }
    }
}
