package org.newsgraph.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP pipelines that users would otherwise run, as baselines for {@code newsgraph bench}:
 * {@code corenlp-default} (CoreNLP's default English pipeline: tokenize, ssplit, pos, lemma, ner, parse, coref,
 * quote) and {@code corenlp-parse} (tokenize through ner plus the constituency parser, the front end that
 * PETRARCH-style coders need). Thread-safe.
 */
public final class CoreNlpBaseline {
  private final String name;
  private final StanfordCoreNLP corenlp;

  public CoreNlpBaseline(String name) {
    Properties p = new Properties();
    switch (name) {
      case "corenlp-default" -> p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,coref,quote");
      case "corenlp-parse" -> p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
      default -> throw new IllegalArgumentException("unknown baseline " + name + ": use one of " + names());
    }
    this.name = name;
    this.corenlp = new StanfordCoreNLP(p);
  }

  public static List<String> names() {
    return List.of("corenlp-default", "corenlp-parse");
  }

  public String name() {
    return name;
  }

  /** Annotates the text and returns its number of tokens. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    corenlp.annotate(doc);
    var tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }
}
