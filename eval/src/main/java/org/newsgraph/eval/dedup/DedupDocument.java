package org.newsgraph.eval.dedup;

import java.util.Objects;

/**
 * One document of an ECB+ JSONL file ({@code data/README.md} section 6).
 *
 * @param id the document id ({@code 1_10ecb})
 * @param topic the ECB+ topic
 * @param cluster the gold cluster ({@code 1_ecb}); in a predictions file, the predicted one
 * @param text the document's sentences, one a line
 * @param where file and line, for messages
 */
public record DedupDocument(String id, int topic, String cluster, String text, String where) {
  public DedupDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(text, "text");
  }
}
