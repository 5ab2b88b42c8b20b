package org.newsgraph.eval.events;

import java.util.List;

/**
 * The records of an events gold file or folder.
 *
 * @param records the records to score, in file order
 * @param skipped records marked {@code "evaluate": false}, not scored
 */
public record EventGold(List<EventRecord> records, int skipped) {
  public EventGold {
    records = List.copyOf(records);
  }
}
