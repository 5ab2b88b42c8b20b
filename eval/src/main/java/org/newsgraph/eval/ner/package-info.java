/**
 * {@code eval ner}: CoNLL-2003 files, entity-level scoring as the {@code conlleval} script does it (exact span and
 * type; IOB1 and IOB2 chunking; PER, ORG, LOC, MISC).
 */
package org.newsgraph.eval.ner;
