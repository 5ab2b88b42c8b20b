package org.newsgraph.sources;

import java.util.Objects;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;

/** One result of reading inputs: an article, or the reason one input (or one line of it) could not be read. */
public sealed interface SourceItem {

  /** An article read successfully. */
  record Read(Article article) implements SourceItem {
    public Read {
      Objects.requireNonNull(article, "article");
    }
  }

  /** An input, line or record that could not be read; its problem has stage {@code read} and no article id. */
  record Failed(Problem problem) implements SourceItem {
    public Failed {
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** A read failure of {@code source} (a path, {@code path:line}, {@code path#entry}, {@code path@offset} or URL). */
  static Failed failed(String source, String message) {
    return new Failed(new Problem(source, null, "read", message));
  }
}
