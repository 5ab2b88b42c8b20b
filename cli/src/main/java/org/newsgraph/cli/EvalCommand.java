package org.newsgraph.cli;

import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.eval.EvalOptions;
import org.newsgraph.extract.actors.ActorDictionary;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores a stage against gold data: ner, geo, time, quotes, events or dedup.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TASK", description = "ner, geo, time, quotes, events or dedup.")
  String task;

  @Option(names = "--gold", required = true, paramLabel = "PATH", description = "Gold file or folder.")
  Path gold;

  @Option(names = "--json", description = "Print one JSON object (the shape in CLI.md).")
  boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "List N misses and N false alarms with their context.")
  int errors;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Write what newsgraph predicted, in the gold format, so another scorer can recompute the figures.")
  Path predictions;

  @Override
  public Integer call() {
    if (!java.util.Set.of("ner", "geo", "time", "quotes", "events", "dedup").contains(task)) {
      throw new IllegalArgumentException("unknown task " + task + ": use ner, geo, time, quotes, events or dedup");
    }
    if (!java.nio.file.Files.exists(gold)) {
      throw new IllegalArgumentException("no gold data at " + gold);
    }
    // NER is scored on the annotator alone: the dependency parser would only cost time
    CoreNlpAnnotator annotator = task.equals("ner")
        ? new CoreNlpAnnotator(CoreNlpConfig.defaults().withDependencies(false))
        : Wiring.annotator();
    // records coded against the toy PETRARCH dictionaries run with those dictionaries in place of Phoenix
    Evaluator evaluator;
    if (task.equals("ner")) {
      // scored on the annotator alone: no dictionaries or gazetteer to load
      evaluator = new Evaluator(null, annotator, null);
    } else {
      Gazetteer gazetteer = Gazetteer.load();
      evaluator = new Evaluator(Wiring.pipeline(annotator, Wiring.actors(null), gazetteer), annotator, null)
          .withValidationPipeline(folder -> Wiring.pipeline(annotator, ActorDictionary.fromFolder(folder), gazetteer));
    }
    EvalReport report = evaluator.run(task, gold, new EvalOptions(errors, predictions));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(json ? report.toJson() : report.toTable());
    return 0;
  }
}
