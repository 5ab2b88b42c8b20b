package org.newsgraph.eval.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.newsgraph.model.Annotation;

/** Counts the documents on which a stage failed during an evaluation run, keeping the first message. Thread-safe. */
public final class ProblemLog {
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicReference<String> first = new AtomicReference<>();

  /** Records the problems of one annotation, if it has any. */
  public void record(String document, Annotation annotation) {
    if (!annotation.problems().isEmpty()) {
      record(document, annotation.problems().get(0).stage() + ": " + annotation.problems().get(0).message());
    }
  }

  public void record(String document, String message) {
    count.incrementAndGet();
    first.compareAndSet(null, document + ": " + message);
  }

  /** Documents with at least one failure. */
  public int count() {
    return count.get();
  }

  /** The first failure recorded, or null. */
  public String first() {
    return first.get();
  }
}
