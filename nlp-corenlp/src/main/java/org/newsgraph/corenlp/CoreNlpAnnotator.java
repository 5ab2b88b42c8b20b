package org.newsgraph.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.LinguisticAnnotator;

/**
 * Stanford CoreNLP 4.5.10 behind {@link LinguisticAnnotator}: tokenize, ssplit, pos, lemma, 4-class CRF NER (with
 * numeric entities and SUTime dates when configured) and the neural dependency parser. No constituency parse and no
 * coreference: on this kind of machine they cost 30 to 100 times more per token than the rest together.
 *
 * <p>Loading takes about 10 s and 1 GB of heap; build one instance and share it. Thread-safe: CoreNLP's annotators
 * used here may be called from several threads.
 */
public final class CoreNlpAnnotator implements LinguisticAnnotator {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP analyzer;
  private final CoreNlpConfig config;

  public CoreNlpAnnotator(CoreNlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.splitter = new StanfordCoreNLP(splitterProperties(config));
    this.analyzer = new StanfordCoreNLP(analyzerProperties(config));
  }

  static Properties splitterProperties(CoreNlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", config.newlineIsSentenceBreak());
    return p;
  }

  /** The annotators that run on sentences the splitter made, after overlong ones were cut. */
  static Properties analyzerProperties(CoreNlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma,ner" + (config.dependencies() ? ",depparse" : ""));
    p.setProperty("enforceRequirements", "false");
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.applyNumericClassifiers", Boolean.toString(config.dates()));
    p.setProperty("ner.useSUTime", Boolean.toString(config.dates()));
    p.setProperty("ner.maxtime", "-1");
    return p;
  }

  public CoreNlpConfig config() {
    return config;
  }

  @Override
  public LinguisticAnnotation annotate(String text, LocalDate published) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return LinguisticAnnotation.empty();
    }
    Annotation doc = new Annotation(text);
    if (published != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    splitter.annotate(doc);
    cutLongSentences(doc, config.maxSentenceTokens());
    analyzer.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences == null) {
      return LinguisticAnnotation.empty();
    }
    for (CoreMap s : coreSentences) {
      int index = sentences.size();
      sentences.add(sentence(text, index, s));
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          EntityMention em = entity(text, index, m);
          if (em != null) {
            entities.add(em);
          }
        }
      }
    }
    return new LinguisticAnnotation(sentences, entities);
  }

  /**
   * Cuts sentences longer than {@code max} tokens into pieces of at most {@code max} tokens. Garbage input (tables,
   * lists, text without punctuation) otherwise makes one huge sentence that the tagger and the parser choke on: the
   * dependency graph of a 20,000-token sentence overflows the stack.
   */
  static void cutLongSentences(Annotation doc, int max) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= max)) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> cut = new ArrayList<>();
    int tokenOffset = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int from = 0; from < tokens.size(); from += max) {
        List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + max)));
        int begin = piece.get(0).beginPosition();
        int end = piece.get(piece.size() - 1).endPosition();
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, piece);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + piece.size());
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, cut.size());
        for (int i = 0; i < piece.size(); i++) {
          piece.get(i).setIndex(i + 1);
          piece.get(i).setSentIndex(cut.size());
        }
        tokenOffset += piece.size();
        cut.add(sentence);
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, cut);
  }

  private static Sentence sentence(String text, int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      int start = l.beginPosition();
      int end = l.endPosition();
      tokens.add(new Token(i, start, end, text.substring(start, end), l.lemma(), l.tag(), NerLabels.of(l.ner())));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph basic = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (basic != null) {
      for (IndexedWord root : basic.getRoots()) {
        deps.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : basic.edgeIterable()) {
        deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
      }
    }
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, deps);
  }

  private static EntityMention entity(String text, int sentence, CoreMap m) {
    EntityType type = NerLabels.of(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
    if (type == EntityType.OTHER) {
      return null;
    }
    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens != null && !tokens.isEmpty() && tokens.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) {
      return null; // CoreNLP adds pronouns ("he", "his") as PERSON mentions; they are not names
    }
    Integer start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (start == null || end == null || start < 0 || end > text.length() || end <= start) {
      return null;
    }
    String normalized = null;
    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
    if (timex != null) {
      normalized = timex.value() != null ? timex.value() : timex.altVal();
    } else if (type == EntityType.DATE || type == EntityType.TIME || type == EntityType.DURATION
        || type == EntityType.SET) {
      normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
    return new EntityMention(Span.of(text, start, end), type, sentence, normalized);
  }
}
