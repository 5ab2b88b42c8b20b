package org.newsgraph.sources;

import java.io.Closeable;
import java.io.IOException;

/** Reads the items of one open input, one at a time. Not thread-safe. */
interface ItemReader extends Closeable {

  /**
   * The next item, or null when the input is exhausted. An {@link IOException} means the rest of the input cannot
   * be read; the caller reports it once and moves on to the next input.
   */
  SourceItem next() throws IOException;

  /** Bytes of the input consumed so far; never decreases. */
  long bytesConsumed();
}
