package com.atlassian.sal.api.transaction;

/**
 * Declaration of SAL's transaction callback (interface), used by {@code ActiveObjects#executeInTransaction}.
 * A RuntimeException thrown from {@link #doInTransaction()} rolls the transaction back.
 *
 * @see <a href="https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html">TransactionCallback</a>
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
