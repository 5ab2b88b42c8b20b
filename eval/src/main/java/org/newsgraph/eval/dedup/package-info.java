/**
 * {@code eval dedup}: story clustering on ECB+ JSONL, scored with B-cubed (per-document averages) and pairwise
 * precision, recall and F1 against the gold sub-topic clusters.
 */
package org.newsgraph.eval.dedup;
