package org.newsgraph.pipeline;

import java.time.LocalDate;
import org.newsgraph.model.LinguisticAnnotation;

/**
 * Splits text into sentences and tokens and adds part-of-speech tags, lemmas, named entities and dependencies.
 *
 * <p>Implementations load their models once, in the constructor, and are thread-safe: one instance serves every
 * worker. Cost: roughly linear in the text's length; the dominant cost of the pipeline.
 */
public interface LinguisticAnnotator {
  /**
   * Annotates {@code text}.
   *
   * @param text the article text; never null, may be empty
   * @param published the publication date that anchors relative dates, or null
   * @return offsets into {@code text}; never null
   */
  LinguisticAnnotation annotate(String text, LocalDate published);
}
