package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.model.Annotation;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.sources.ArticleSources;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.SourceItem;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingests the shipped example articles into a fresh store, prints what newsgraph found, then serves "
        + "the web page.")
final class DemoCommand implements Callable<Integer> {
  static final String MARKER = ".newsgraph-demo";
  private static final String RESOURCES = "/org/newsgraph/cli/demo/";

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A user actor dictionary (Phoenix format, see README) added to the shipped dictionaries.")
  java.nio.file.Path actors;

  @Option(names = "--no-serve", description = "Exit after the summary.")
  boolean noServe;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-demo",
      description = "Folder for the demo's store, emptied first (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    fresh(data);
    Path examples = data.resolve("examples");
    copy("seed/article.txt", examples.resolve("seed/article.txt"));
    copy("seed/meta.json", examples.resolve("seed/meta.json"));
    copy("wikinews.jsonl", examples.resolve("wikinews.jsonl"));

    out.println("newsgraph demo: loading the language models (about 15 s) ...");
    Pipeline pipeline = Wiring.pipeline(actors);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try (Store store = Store.open(data)) {
      Annotation seed = null;
      try (ArticleSources sources = ArticleSources.open(List.of(examples.resolve("seed").toString()),
          ReadOptions.defaults())) {
        while (sources.hasNext()) {
          SourceItem item = sources.next();
          if (item instanceof SourceItem.Read read) {
            seed = pipeline.process(read.article());
            store.save(seed);
          } else {
            System.err.println(((SourceItem.Failed) item).problem().describe());
          }
        }
      }
      if (seed != null) {
        out.println();
        out.println("The example article (a machine-translated report of a Washington Post story):");
        out.println();
        out.println(Summary.of(seed));
      }
      out.println("Ingesting 347 openly licensed Wikinews articles (CC BY 2.5 / CC BY 4.0) ...");
      try (ArticleSources sources = ArticleSources.open(List.of(examples.resolve("wikinews.jsonl").toString()),
          ReadOptions.defaults())) {
        new IngestJob(pipeline, store, workers, System.err).run(sources, System.console() != null);
      }
      out.println();
      out.println(corpusSummary(store));
      if (!noServe) {
        ServeCommand.serve(store, "127.0.0.1", port);
      }
    }
    return 0;
  }

  static String corpusSummary(Store store) {
    StringBuilder sb = new StringBuilder("The store (" + store.counts() + ")\n\nMost mentioned actors\n");
    for (Map<String, Object> actor : store.actors(null, 10, 0)) {
      sb.append("  - ").append(actor.get("name")).append(" (").append(actor.get("kind")).append("): ")
          .append(actor.get("mentions")).append(" mentions in ").append(actor.get("articles")).append(" articles\n");
    }
    return sb.toString();
  }

  /** Empties the demo folder, refusing to touch a folder that is not the demo's own. */
  static void fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(dir)) {
        empty = entries.findAny().isEmpty();
      }
      if (!empty && !Files.exists(dir.resolve(MARKER))) {
        throw new IllegalArgumentException(dir.toAbsolutePath() + " exists and is not a demo folder; "
            + "give another with --data");
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MARKER), "newsgraph demo store; `newsgraph demo` empties this folder\n");
  }

  private static void copy(String resource, Path to) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + resource)) {
      if (in == null) {
        throw new IllegalStateException("the build lacks the demo resource " + resource);
      }
      Files.createDirectories(to.getParent());
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + to, e);
    }
  }
}
