package org.newsgraph.eval.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.eval.ErrorLines;
import org.newsgraph.eval.GoldTask;
import org.newsgraph.eval.Scores;
import org.newsgraph.eval.internal.Jsonl;
import org.newsgraph.eval.internal.Parallel;
import org.newsgraph.eval.internal.ProblemLog;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Pipeline;

/**
 * {@code eval geo}: runs the pipeline on each geo JSONL article and scores {@link Annotation#places()} with
 * {@link GeoScorer}. The predictions file is geo JSONL with the predicted places as toponyms: unresolved ones with
 * null {@code lat}/{@code lon}, {@code kind} = GeoNames feature class and code.
 */
public final class GeoTask extends GoldTask<List<GeoArticle>, List<GeoTask.Predicted>> {
  /**
   * What the pipeline found in one article.
   *
   * @param found the toponyms the pipeline found, sorted by offset
   * @param given the place stage's resolution of each scored gold toponym when handed its span (gold order), or null
   *     when read back from a predictions file
   */
  public record Predicted(List<Toponym> found, List<Toponym> given) {
    public Predicted {
      found = List.copyOf(found);
      given = given == null ? null : List.copyOf(given);
    }
  }

  private static final Comparator<Toponym> BY_OFFSET =
      Comparator.comparingInt((Toponym t) -> t.span().start()).thenComparingInt(t -> t.span().end());

  private final Pipeline pipeline;

  /** @param pipeline the pipeline to score, or null to only rescore predictions files */
  public GeoTask(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  protected List<GeoArticle> read(Path gold) {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("geo gold must be a JSONL file: " + gold);
    }
    List<GeoArticle> articles = new ArrayList<>();
    for (Jsonl.Line line : Jsonl.read(gold)) {
      articles.add(GeoArticle.from(line));
    }
    return articles;
  }

  @Override
  protected List<Predicted> predict(List<GeoArticle> gold, ProblemLog problems) {
    if (pipeline == null) {
      throw new IllegalArgumentException("task geo needs a pipeline, and none was given");
    }
    return Parallel.map(gold, a -> {
      List<Toponym> scored = GeoScorer.scored(a.toponyms());
      List<Span> spans = new ArrayList<>(scored.size());
      for (Toponym t : scored) {
        spans.add(t.span());
      }
      Pipeline.WithGivenPlaces result = pipeline.process(
          Article.of(a.id(), null, null, a.title(), a.published(), "en", a.text(), a.where()), spans);
      Annotation annotation = result.annotation();
      problems.record(a.id(), annotation);
      List<Toponym> places = new ArrayList<>();
      for (Place p : annotation.places()) {
        places.add(toponym(p, p.span()));
      }
      places.sort(BY_OFFSET);
      List<Toponym> given = new ArrayList<>(scored.size());
      for (int i = 0; i < scored.size(); i++) {
        given.add(i < result.given().size() ? toponym(result.given().get(i), scored.get(i).span())
            : new Toponym(scored.get(i).span(), null, null, null, null));
      }
      return new Predicted(places, given);
    });
  }

  private static Toponym toponym(Place p, Span span) {
    return p.lat() != null && p.lon() != null
        ? new Toponym(span, p.lat(), p.lon(), p.geonameId(), p.featureClass())
        : new Toponym(span, null, null, p.geonameId(), p.featureClass());
  }

  @Override
  protected void write(List<GeoArticle> gold, List<Predicted> predictions, Path file) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int d = 0; d < gold.size(); d++) {
      records.add(gold.get(d).toJson(predictions.get(d).found()));
    }
    Jsonl.write(file, records);
  }

  @Override
  protected List<Predicted> readPredictions(List<GeoArticle> gold, Path file) {
    Map<String, List<Toponym>> byId = new HashMap<>();
    for (Jsonl.Line line : Jsonl.read(file)) {
      GeoArticle a = GeoArticle.from(line);
      List<Toponym> sorted = new ArrayList<>(a.toponyms());
      sorted.sort(BY_OFFSET);
      byId.put(a.id(), sorted);
    }
    List<Predicted> predictions = new ArrayList<>();
    for (GeoArticle a : gold) {
      predictions.add(new Predicted(byId.getOrDefault(a.id(), List.of()), null));
    }
    return predictions;
  }

  @Override
  protected Scores score(List<GeoArticle> gold, List<Predicted> predictions, int errors) {
    List<List<Toponym>> goldToponyms = new ArrayList<>();
    List<List<Toponym>> found = new ArrayList<>();
    List<List<Toponym>> given = new ArrayList<>();
    boolean allGiven = true;
    int items = 0;
    for (int d = 0; d < gold.size(); d++) {
      GeoArticle a = gold.get(d);
      goldToponyms.add(a.toponyms());
      items += GeoScorer.scored(a.toponyms()).size();
      found.add(predictions.get(d).found());
      given.add(predictions.get(d).given());
      allGiven &= predictions.get(d).given() != null;
    }
    Map<String, Object> metrics = GeoScorer.metrics(goldToponyms, found, allGiven ? given : null);
    List<String> notes = new ArrayList<>();
    notes.add("mean_km and median_km are over the " + metrics.get("found_resolved")
        + " gold toponyms that were found and resolved; acc161 counts the others as wrong");
    notes.add(allGiven ? "resolve_acc161: the place stage resolved the gold spans (PlaceResolver.resolveSpans)"
        : "resolve_acc161 approximates gold spans given to the resolver with predictions at exactly the gold span");
    return new Scores(gold.size(), items, metrics, notes,
        errors == 0 ? List.of() : errorLines(gold, found, errors));
  }

  private static List<String> errorLines(List<GeoArticle> gold, List<List<Toponym>> predictions, int errors) {
    ErrorLines lines = new ErrorLines(errors);
    for (int d = 0; d < gold.size(); d++) {
      GeoArticle a = gold.get(d);
      List<Toponym> predicted = predictions.get(d);
      List<Toponym> scored = GeoScorer.scored(a.toponyms());
      for (Toponym g : scored) {
        Double km = GeoScorer.errorKm(g, predicted);
        if (km == null || km > GeoScorer.KM) {
          lines.miss(a.id(), a.text(), g.span().start(), g.span().end(),
              () -> "gold " + coordinates(g) + "; predicted " + predictedAt(g, predicted, km));
        }
      }
      for (Toponym p : predicted) {
        if (!GeoScorer.overlapsAny(p, scored)) {
          lines.falseAlarm(a.id(), a.text(), p.span().start(), p.span().end(),
              () -> "predicted " + (p.resolved() ? coordinates(p) : "unresolved") + "; gold none");
        }
      }
    }
    return lines.lines();
  }

  private static String predictedAt(Toponym gold, List<Toponym> predicted, Double km) {
    if (km != null) {
      for (Toponym p : predicted) {
        if (p.resolved() && p.span().overlaps(gold.span()) && p.km(gold) == km) {
          return coordinates(p) + String.format(Locale.ROOT, ", %.0f km off", km);
        }
      }
    }
    for (Toponym p : predicted) {
      if (p.span().overlaps(gold.span())) {
        return "unresolved";
      }
    }
    return "none";
  }

  private static String coordinates(Toponym t) {
    return String.format(Locale.ROOT, "%.2f,%.2f", t.lat(), t.lon());
  }
}
