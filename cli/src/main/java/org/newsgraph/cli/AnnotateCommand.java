package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.model.Annotation;
import org.newsgraph.pipeline.AnnotationJson;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.sources.ArticleSources;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.SourceItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Runs the whole pipeline on one article and prints what it found; touches no store.")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "An article: .txt (first line is the title), .html, or .jsonl.")
  String file;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "A user actor dictionary (Phoenix format, see README) added to the shipped dictionaries.")
  java.nio.file.Path actors;

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD).")
  LocalDate published;

  @Option(names = "--title", paramLabel = "T", description = "Title, when the file has none.")
  String title;

  @Option(names = "--json", description = "Print JSON (the shape in CLI.md) instead of a readable summary.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ReadOptions options = new ReadOptions(published, null, title, ReadOptions.defaults().maxChars());
    Pipeline pipeline = null;
    int failures = 0;
    try (ArticleSources sources = ArticleSources.open(List.of(file), options)) {
      while (sources.hasNext()) {
        SourceItem item = sources.next();
        if (item instanceof SourceItem.Failed failed) {
          System.err.println(failed.problem().describe());
          failures++;
          continue;
        }
        var article = ((SourceItem.Read) item).article();
        if (published != null) {
          article = article.withPublished(published);
        }
        if (pipeline == null) {
          pipeline = Wiring.pipeline(actors);
        }
        Annotation annotation = pipeline.process(article);
        out.println(json ? AnnotationJson.render(annotation) : Summary.of(annotation));
        failures += annotation.problems().isEmpty() ? 0 : 1;
      }
    }
    return failures == 0 ? 0 : 1;
  }
}
