package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Event;

/**
 * Codes events (PLOVER and CAMEO) from an article's sentences and what the earlier stages found.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null.
 */
public interface EventCoder {
  List<Event> code(Extraction extraction);
}
