package org.newsgraph.store;

import java.nio.file.Path;

/**
 * A store could not be opened, read or written. Carries the data folder and, where one is concerned, the article.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path dataDir;
  private final String articleId;

  public StoreException(Path dataDir, String articleId, String message, Throwable cause) {
    super(message, cause);
    this.dataDir = dataDir;
    this.articleId = articleId;
  }

  public StoreException(Path dataDir, String message, Throwable cause) {
    this(dataDir, null, message, cause);
  }

  public StoreException(Path dataDir, String message) {
    this(dataDir, null, message, null);
  }

  /** The store's data folder. */
  public Path dataDir() {
    return dataDir;
  }

  /** The article concerned, or null. */
  public String articleId() {
    return articleId;
  }
}
