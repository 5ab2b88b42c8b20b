/**
 * The embedded store: DuckDB tables that mirror the model and a Lucene full-text index, both in one data folder
 * ({@code newsgraph.duckdb} and {@code lucene/}). {@link org.newsgraph.store.Store} is the only entry point.
 */
package org.newsgraph.store;
