package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.extract.actors.ActorDictionary;
import org.newsgraph.extract.actors.DictionaryActorResolver;
import org.newsgraph.extract.actors.GazetteerPlaceCountry;
import org.newsgraph.extract.events.NoEventCoder;
import org.newsgraph.extract.places.GazetteerPlaceResolver;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.quotes.ParseQuoteAttributor;
import org.newsgraph.extract.times.RuleTimeNormalizer;
import org.newsgraph.pipeline.Pipeline;

/** The one place where the pipeline is wired: stage instances in a fixed order. */
final class Wiring {
  private Wiring() {}

  /** Builds the pipeline around a loaded annotator, actor dictionary and gazetteer. */
  static Pipeline pipeline(CoreNlpAnnotator annotator, ActorDictionary actors, Gazetteer gazetteer) {
    return new Pipeline(annotator, new DictionaryActorResolver(actors, new GazetteerPlaceCountry(gazetteer)),
        new RuleTimeNormalizer(),
        new GazetteerPlaceResolver(gazetteer), quotes(System.getenv(QUOTE_VECTORS)), new NoEventCoder());
  }

  /** The environment variable that turns the quotes stage's word vectors on ({@code on}): more accurate, slower. */
  static final String QUOTE_VECTORS = "NEWSGRAPH_QUOTE_VECTORS";

  /**
   * The quotes stage: with the sparse cue model (unset or {@code off}), or with the one that also reads word vectors
   * when {@code vectors} is {@code on} (the environment variable {@link #QUOTE_VECTORS}); any other value is an error.
   */
  static ParseQuoteAttributor quotes(String vectors) {
    if (vectors == null || vectors.isBlank() || vectors.trim().equalsIgnoreCase("off")) {
      return new ParseQuoteAttributor();
    }
    if (vectors.trim().equalsIgnoreCase("on")) {
      return ParseQuoteAttributor.withWordVectors();
    }
    throw new IllegalArgumentException(QUOTE_VECTORS + " must be on or off, not '" + vectors + "'");
  }

  /** Builds the pipeline around a loaded annotator and actor dictionary; loads the gazetteer (under a second). */
  static Pipeline pipeline(CoreNlpAnnotator annotator, ActorDictionary actors) {
    return pipeline(annotator, actors, Gazetteer.load());
  }

  /** Builds the pipeline with the shipped Phoenix dictionaries. */
  static Pipeline pipeline(CoreNlpAnnotator annotator) {
    return pipeline(annotator, actors(null));
  }

  /**
   * The shipped actor and agent dictionaries (about a second to load), with a user dictionary file added when
   * {@code userFile} is not null.
   *
   * @throws IllegalArgumentException when the user file is missing or malformed
   */
  static ActorDictionary actors(Path userFile) {
    ActorDictionary shipped = ActorDictionary.phoenix();
    if (userFile == null) {
      return shipped;
    }
    if (!Files.isRegularFile(userFile)) {
      throw new IllegalArgumentException("no actor dictionary file at " + userFile);
    }
    return shipped.withUserActors(userFile);
  }

  static CoreNlpAnnotator annotator() {
    return new CoreNlpAnnotator(CoreNlpConfig.defaults());
  }

  /** Loads the models (about 10 s) and builds the pipeline. */
  static Pipeline pipeline() {
    return pipeline(annotator());
  }

  /** Loads the models and builds the pipeline with a user actor dictionary (null: none). */
  static Pipeline pipeline(Path userActors) {
    return pipeline(annotator(), actors(userActors));
  }
}
