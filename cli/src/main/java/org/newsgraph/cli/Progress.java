package org.newsgraph.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long job. On a terminal, one line redrawn in place at most twice a second: articles done, articles
 * per second and time left (estimated from the bytes of input read). Elsewhere, nothing until {@link #finish}.
 */
final class Progress {
  private final PrintStream out;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private final LongSupplier bytesRead;
  private final long bytesTotal;
  private long lastDraw;

  Progress(PrintStream out, boolean terminal, LongSupplier bytesRead, long bytesTotal) {
    this.out = out;
    this.terminal = terminal;
    this.bytesRead = bytesRead;
    this.bytesTotal = bytesTotal;
  }

  synchronized void update(long done, long problems) {
    if (!terminal) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 500_000_000L) {
      return;
    }
    lastDraw = now;
    out.print("\r" + line(done, problems) + "   ");
    out.flush();
  }

  String line(long done, long problems) {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double rate = done / seconds;
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d articles  %.1f/s", done, rate));
    if (problems > 0) {
      sb.append(String.format(Locale.ROOT, "  %,d problems", problems));
    }
    long read = bytesRead.getAsLong();
    if (bytesTotal > 0 && read > 0 && read < bytesTotal) {
      double fraction = (double) read / bytesTotal;
      long left = (long) (seconds / fraction - seconds);
      sb.append(String.format(Locale.ROOT, "  %.0f%%  %s left", fraction * 100, format(Duration.ofSeconds(left))));
    }
    return sb.toString();
  }

  /** What to print before a message so that it does not run into the progress line. */
  String clearLine() {
    return terminal ? "\r" + " ".repeat(78) + "\r" : "";
  }

  synchronized void finish(String summary) {
    if (terminal) {
      out.print("\r" + " ".repeat(78) + "\r");
    }
    out.println(summary);
    out.flush();
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static String format(Duration d) {
    long s = d.getSeconds();
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
