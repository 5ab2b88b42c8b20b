/**
 * {@code eval quotes}: attribution (source, cue, content) on PolNeAR JSONL, scored per role with exact and
 * overlap matching, and speaker accuracy.
 */
package org.newsgraph.eval.quotes;
