package org.customergroups.testkit.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Jira's {@link ActiveObjects} service over a real AO {@link EntityManager}, as the AO plugin does it:
 * SQLExceptions become unchecked, and {@link #executeInTransaction} runs the callback in one
 * database transaction (a nested call joins the outer one, as in Jira).
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return run(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        run(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return run(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run(() -> entityManager.find(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        try {
            return run(() -> new Transaction<T>(entityManager) {
                @Override
                public T run() {
                    return callback.doInTransaction();
                }
            }.execute());
        } finally {
            inTransaction.remove();
        }
    }

    private static <T> T run(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }
}
