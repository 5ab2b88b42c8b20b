/**
 * The project's own extraction stages, one package each: {@code actors}, {@code times}, {@code places},
 * {@code quotes}, {@code events}.
 */
package org.newsgraph.extract;
