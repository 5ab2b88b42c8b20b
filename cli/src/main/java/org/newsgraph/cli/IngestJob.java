package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.sources.ArticleSources;
import org.newsgraph.sources.SourceItem;
import org.newsgraph.store.SaveResult;
import org.newsgraph.store.Store;

/**
 * Streams articles from their sources through a bounded pool of workers into the store. At most twice as many
 * articles as workers are in memory at once, however large the input. An article already in the store is skipped
 * before it is annotated, so a rerun after a crash only does what is left.
 */
final class IngestJob {
  /** What a run did. */
  record Report(long stored, long alreadyPresent, long problems, long tokens, double seconds) {
    String summary() {
      return String.format(Locale.ROOT,
          "stored %,d articles (%,d already present), %,d problems, %,d tokens in %.1f s (%.2f articles/s)",
          stored, alreadyPresent, problems, tokens, seconds, seconds > 0 ? stored / seconds : 0.0);
    }
  }

  private final Pipeline pipeline;
  private final Store store;
  private final int threads;
  private final PrintStream err;
  private final boolean verbose;

  IngestJob(Pipeline pipeline, Store store, int threads, PrintStream err) {
    this(pipeline, store, threads, err, false);
  }

  /** With {@code verbose}, prints one line per stored article: {@code stored <id> <source>}. */
  IngestJob(Pipeline pipeline, Store store, int threads, PrintStream err, boolean verbose) {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
    this.err = err;
    this.verbose = verbose;
  }

  Report run(ArticleSources sources, boolean terminal) throws InterruptedException {
    AtomicLong stored = new AtomicLong();
    AtomicLong present = new AtomicLong();
    AtomicLong problems = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    Progress progress = new Progress(err, terminal, sources::bytesRead, sources.bytesTotal());
    Semaphore inFlight = new Semaphore(threads * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ingest-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      while (sources.hasNext()) {
        SourceItem item = sources.next();
        if (item instanceof SourceItem.Failed failed) {
          report(failed.problem(), problems, progress);
          store.recordProblem(failed.problem());
          continue;
        }
        Article article = ((SourceItem.Read) item).article();
        if (store.contains(article.id())) {
          present.incrementAndGet();
          continue;
        }
        inFlight.acquire();
        pool.execute(() -> {
          try {
            Annotation annotation = pipeline.process(article);
            for (Problem p : annotation.problems()) {
              report(p, problems, progress);
            }
            if (store.save(annotation) == SaveResult.STORED) {
              stored.incrementAndGet();
              tokens.addAndGet(annotation.tokens());
              if (verbose) {
                synchronized (progress) {
                  err.println("stored " + article.id() + " " + article.source());
                  err.flush();
                }
              }
            } else {
              present.incrementAndGet();
            }
          } catch (RuntimeException e) {
            Problem p = new Problem(article.source(), article.id(), "store", Newsgraph.oneLine(e));
            report(p, problems, progress);
            try {
              store.recordProblem(p);
            } catch (RuntimeException again) {
              err.println("cannot record problem: " + Newsgraph.oneLine(again));
            }
          } finally {
            inFlight.release();
            progress.update(stored.get(), problems.get());
          }
        });
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(7, TimeUnit.DAYS);
    }
    Report report = new Report(stored.get(), present.get(), problems.get(), tokens.get(), progress.elapsedSeconds());
    progress.finish(report.summary());
    return report;
  }

  private void report(Problem p, AtomicLong problems, Progress progress) {
    problems.incrementAndGet();
    synchronized (progress) {
      err.println(progress.clearLine() + p.describe());
    }
  }
}
