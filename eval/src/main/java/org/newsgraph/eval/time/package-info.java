/**
 * {@code eval time}: TimeML ({@code .tml}) documents, scored as TempEval-3 task A (extent: strict and relaxed
 * match; attributes: type and value accuracy over relaxed matches).
 */
package org.newsgraph.eval.time;
