/**
 * {@code eval events}: event coding on events JSONL (PETRARCH unit and validation tests, PLOVER GSR), scored as
 * CAMEO (source, target, code) triples, CAMEO roots, PLOVER event types and actor codes per sentence.
 */
package org.newsgraph.eval.events;
