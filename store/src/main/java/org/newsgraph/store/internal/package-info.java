/**
 * Not API: the DuckDB schema, row writing and reading, and the Lucene index behind
 * {@link org.newsgraph.store.Store}. Anything here may change without notice; use {@code Store}.
 */
package org.newsgraph.store.internal;
