package org.newsgraph.eval;

import java.nio.file.Path;

/**
 * Options of one evaluation run.
 *
 * @param errors how many misses and how many false alarms to list in the report (0 = none)
 * @param predictions where to write what newsgraph predicted, in the gold format of the task, or null for nowhere
 */
public record EvalOptions(int errors, Path predictions) {
  public EvalOptions {
    if (errors < 0) {
      throw new IllegalArgumentException("errors must not be negative: " + errors);
    }
  }

  /** No error listing, no predictions file. */
  public static EvalOptions defaults() {
    return new EvalOptions(0, null);
  }
}
