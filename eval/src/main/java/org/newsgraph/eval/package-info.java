/**
 * {@code newsgraph eval}: scores newsgraph's stages against gold data in the formats of {@code data/README.md}.
 *
 * <p>{@link org.newsgraph.eval.Evaluator} is the facade the command line calls; each task (ner, geo, time, quotes,
 * events, dedup) lives in its own subpackage as a {@link org.newsgraph.eval.GoldTask}, which reads the gold data,
 * runs newsgraph on it, optionally writes what newsgraph predicted in the gold format, and scores. Scoring a
 * predictions file written earlier ({@link org.newsgraph.eval.Evaluator#rescore}) uses the same metric code.
 */
package org.newsgraph.eval;
