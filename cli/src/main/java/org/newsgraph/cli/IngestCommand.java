package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.sources.ArticleSources;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Reads articles (files, folders, .jsonl, .html, .txt, .warc(.gz), feeds) and stores their annotations.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or feed URLs.")
  List<String> paths;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A user actor dictionary (Phoenix format, see README) added to the shipped dictionaries.")
  java.nio.file.Path actors;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for articles that carry none.")
  LocalDate published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for articles that name none.")
  String outlet;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
      description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
      description = "Longest article text accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--verbose", description = "Print a line for each article stored.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    ReadOptions options = new ReadOptions(published, outlet, null, maxChars);
    try (Store store = Store.open(data)) {
      Pipeline pipeline = Wiring.pipeline(actors);
      try (ArticleSources sources = ArticleSources.open(paths, options)) {
        IngestJob.Report report = new IngestJob(pipeline, store, workers, System.err, verbose)
            .run(sources, System.console() != null);
        return report.problems() == 0 ? 0 : 1;
      }
    }
  }
}
