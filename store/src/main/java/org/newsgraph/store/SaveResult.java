package org.newsgraph.store;

/** What {@link Store#save} did with an annotation. */
public enum SaveResult {
  /** The article and all its rows were written in one transaction. */
  STORED,
  /** An article with this id was already stored; nothing was written. */
  ALREADY_PRESENT
}
