package org.newsgraph.eval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps documents with a small pool of worker threads, keeping the results in document order. */
public final class Parallel {
  private Parallel() {}

  /**
   * Applies {@code work} to every item with up to {@link Runtime#availableProcessors()} threads; {@code work} must
   * be thread-safe. An exception thrown by {@code work} is rethrown here.
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
    List<R> results = new ArrayList<>(items.size());
    if (threads <= 1) {
      for (T item : items) {
        results.add(work.apply(item));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "newsgraph-eval");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
