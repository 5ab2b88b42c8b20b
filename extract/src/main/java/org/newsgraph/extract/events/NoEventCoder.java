package org.newsgraph.extract.events;

import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.EventCoder;
import org.newsgraph.pipeline.Extraction;

/** Placeholder event coder that codes nothing, until the events issue brings a real one. Thread-safe. */
public final class NoEventCoder implements EventCoder {
  @Override
  public List<Event> code(Extraction extraction) {
    return List.of();
  }
}
