package org.newsgraph.sources;

/** Why an input, line or record cannot be read, in one line; it becomes a {@link SourceItem.Failed}, not a crash. */
class ReadFailure extends Exception {
  private static final long serialVersionUID = 1L;

  ReadFailure(String message) {
    super(message, null, false, false);
  }
}
