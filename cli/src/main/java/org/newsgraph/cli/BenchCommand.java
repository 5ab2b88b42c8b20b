package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.newsgraph.corenlp.CoreNlpBaseline;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.sources.ArticleSources;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.SourceItem;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures end-to-end throughput (annotate, extract, store) and peak heap after a warm-up; with "
        + "--baseline, runs a CoreNLP pipeline on the same articles in the same run and prints the ratio.")
final class BenchCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Option(names = "--input", required = true, paramLabel = "PATH", description = "Articles (.jsonl, folder, ...).")
  String input;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Articles to time (default: 100).")
  int limit;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
      description = "Articles run before timing starts (default: 5).")
  int warmup;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--baseline", paramLabel = "NAME", description = "corenlp-default or corenlp-parse.")
  String baseline;

  @Option(names = "--json", description = "Print one JSON object (the shape in CLI.md).")
  boolean json;

  /** One timed run. */
  record Run(String name, int articles, long tokens, double seconds, long peakHeapMb) {
    double articlesPerSecond() {
      return articles / seconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    if (baseline != null && !CoreNlpBaseline.names().contains(baseline)) {
      throw new IllegalArgumentException("unknown baseline " + baseline + ": use one of " + CoreNlpBaseline.names());
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<Article> articles = read(input, warmup + limit);
    if (articles.size() <= warmup) {
      throw new IllegalArgumentException(input + " holds " + articles.size() + " readable articles; the bench needs "
          + "more than the " + warmup + " of the warm-up");
    }
    List<Article> warm = articles.subList(0, warmup);
    List<Article> timed = articles.subList(warmup, articles.size());

    Pipeline pipeline = Wiring.pipeline();
    Path dir = Files.createTempDirectory("newsgraph-bench");
    Run ours;
    try (Store store = Store.open(dir)) {
      ToIntFunction<Article> work = a -> {
        Annotation annotation = pipeline.process(a);
        store.save(annotation);
        return annotation.tokens();
      };
      time("newsgraph", warm, work, workers);
      ours = time("newsgraph", timed, work, workers);
    } finally {
      delete(dir);
    }
    System.err.println(line(ours));

    Run base = null;
    if (baseline != null) {
      System.err.println("loading baseline " + baseline + " ...");
      CoreNlpBaseline corenlp = new CoreNlpBaseline(baseline);
      time(baseline, warm, a -> corenlp.annotate(a.text()), workers);
      base = time(baseline, timed, a -> corenlp.annotate(a.text()), workers);
      System.err.println(line(base));
    }

    if (json) {
      ObjectNode n = MAPPER.createObjectNode();
      n.put("articles", ours.articles());
      n.put("tokens", ours.tokens());
      n.put("seconds", round(ours.seconds()));
      n.put("articles_per_second", round(ours.articlesPerSecond()));
      n.put("tokens_per_second", round(ours.tokens() / ours.seconds()));
      n.put("peak_heap_mb", ours.peakHeapMb());
      n.put("threads", workers);
      if (base != null) {
        ObjectNode b = n.putObject("baseline");
        b.put("name", base.name());
        b.put("articles", base.articles());
        b.put("seconds", round(base.seconds()));
        b.put("articles_per_second", round(base.articlesPerSecond()));
        b.put("peak_heap_mb", base.peakHeapMb());
        n.put("ratio", round(ours.articlesPerSecond() / base.articlesPerSecond()));
      }
      System.out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n));
    } else if (base != null) {
      System.out.printf(Locale.ROOT, "newsgraph is %.1f times as fast as %s on the same %d articles%n",
          ours.articlesPerSecond() / base.articlesPerSecond(), base.name(), ours.articles());
    }
    return 0;
  }

  static String line(Run r) {
    return String.format(Locale.ROOT, "%-16s %4d articles %8d tokens %8.1f s %8.2f articles/s %8.0f tokens/s"
        + " peak heap %,d MB", r.name(), r.articles(), r.tokens(), r.seconds(), r.articlesPerSecond(),
        r.tokens() / r.seconds(), r.peakHeapMb());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  static List<Article> read(String input, int max) throws Exception {
    List<Article> articles = new ArrayList<>();
    try (ArticleSources sources = ArticleSources.open(List.of(input), ReadOptions.defaults())) {
      while (sources.hasNext() && articles.size() < max) {
        SourceItem item = sources.next();
        if (item instanceof SourceItem.Read read) {
          articles.add(read.article());
        } else {
          System.err.println(((SourceItem.Failed) item).problem().describe());
        }
      }
    }
    return articles;
  }

  static Run time(String name, List<Article> articles, ToIntFunction<Article> work, int workers) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Article a : articles) {
        done.add(pool.submit(() -> tokens.addAndGet(work.applyAsInt(a))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    return new Run(name, articles.size(), tokens.get(), seconds, peak);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
