package org.newsgraph.model;

/**
 * A Universal Dependencies arc between two tokens of one sentence.
 *
 * @param governor index of the head token in the sentence, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation the relation label, such as {@code nsubj} or {@code obl:tmod}
 */
public record Dependency(int governor, int dependent, String relation) {}
