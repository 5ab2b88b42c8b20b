/**
 * Internal: JSONL reading and writing, the worker pool and the problem log shared by the evaluation tasks. Not
 * API; may change without notice.
 */
package org.newsgraph.eval.internal;
