package org.newsgraph.cli;

import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.extract.actors.ExactNameActorResolver;
import org.newsgraph.extract.events.NoEventCoder;
import org.newsgraph.extract.places.GazetteerPlaceResolver;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.quotes.SpeechVerbQuoteAttributor;
import org.newsgraph.extract.times.RuleTimeNormalizer;
import org.newsgraph.pipeline.Pipeline;

/** The one place where the pipeline is wired: stage instances in a fixed order. */
final class Wiring {
  private Wiring() {}

  /** Loads the models (about 10 s) and the gazetteer (about 1 s) and builds the pipeline. */
  static Pipeline pipeline(CoreNlpAnnotator annotator) {
    return new Pipeline(annotator, new ExactNameActorResolver(), new RuleTimeNormalizer(),
        new GazetteerPlaceResolver(Gazetteer.load()), new SpeechVerbQuoteAttributor(), new NoEventCoder());
  }

  static CoreNlpAnnotator annotator() {
    return new CoreNlpAnnotator(CoreNlpConfig.defaults());
  }

  static Pipeline pipeline() {
    return pipeline(annotator());
  }
}
