package org.newsgraph.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * A hand-made stand-in for the CoreNLP annotation of a short English text, for actor tests without models:
 * tokens split as the PTB tokenizer does for plain news text, part-of-speech tags from a few word lists, sentences
 * split after a full stop, and the named entities the test lists.
 */
final class TaggedText {
  private static final Pattern TOKEN = Pattern.compile("[’']s\\b|[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*[\\p{L}\\p{N}]|\\S");
  private static final Set<String> DT = Set.of("the", "a", "an", "this", "that", "any");
  private static final Set<String> IN = Set.of("of", "for", "at", "in", "from", "with", "to", "on", "by", "about");
  private static final Set<String> PRP = Set.of("he", "she", "they", "it", "we", "them");
  private static final Set<String> PRP$ = Set.of("his", "her", "their", "its");
  private static final Set<String> CC = Set.of("and", "or", "but");
  private static final Set<String> VBD = Set.of("said", "met", "told", "added", "predicted", "visited", "left",
      "rejected", "led", "arrived", "spoke", "warned", "was", "were", "is", "are", "announced", "called", "held");
  private static final Set<String> JJ = Set.of("acting", "foreign", "deputy", "late", "regional", "senior", "armed",
      "former", "new", "Iranian", "Afghan", "Russian");

  private TaggedText() {}

  static Article article(String text, LocalDate published) {
    return Article.of(null, null, null, null, published, "en", text, "test");
  }

  /** The annotation of {@code text} with the entities named in {@code entities}, at every occurrence. */
  static LinguisticAnnotation annotate(String text, Map<String, EntityType> entities) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int sentenceStart = -1;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (sentenceStart < 0) {
        sentenceStart = m.start();
      }
      tokens.add(new Token(tokens.size(), m.start(), m.end(), w, w.toLowerCase(Locale.ROOT), tag(w),
          EntityType.OTHER));
      if (w.equals(".")) {
        sentences.add(new Sentence(sentences.size(), sentenceStart, m.end(), tokens, List.of()));
        tokens = new ArrayList<>();
        sentenceStart = -1;
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(sentences.size(), sentenceStart, tokens.get(tokens.size() - 1).end(), tokens,
          List.of()));
    }
    List<EntityMention> found = new ArrayList<>();
    List<Map.Entry<String, EntityType>> longestFirst = new ArrayList<>(entities.entrySet());
    longestFirst.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    for (Map.Entry<String, EntityType> e : longestFirst) {
      Matcher at = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(text);
      while (at.find()) {
        int sentence = 0;
        for (Sentence s : sentences) {
          if (s.start() <= at.start() && at.start() < s.end()) {
            sentence = s.index();
          }
        }
        Span span = Span.of(text, at.start(), at.end());
        if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
          found.add(new EntityMention(span, e.getValue(), sentence, null));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return new LinguisticAnnotation(sentences, found);
  }

  private static String tag(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (w.equals("’s") || w.equals("'s")) {
      return "POS";
    }
    if (!Character.isLetterOrDigit(w.charAt(0))) {
      return w.equals(",") ? "," : w.equals(".") ? "." : "``";
    }
    if (JJ.contains(w) || JJ.contains(lower)) {
      return "JJ";
    }
    if (DT.contains(lower)) {
      return "DT";
    }
    if (IN.contains(lower)) {
      return "IN";
    }
    if (PRP.contains(lower)) {
      return "PRP";
    }
    if (PRP$.contains(lower)) {
      return "PRP$";
    }
    if (CC.contains(lower)) {
      return "CC";
    }
    if (VBD.contains(lower) || (lower.endsWith("ed") && lower.length() > 4 && !Character.isUpperCase(w.charAt(0)))) {
      return "VBD";
    }
    if (Character.isUpperCase(w.charAt(0))) {
      return w.endsWith("s") && !w.endsWith("ss") && w.length() > 4 ? "NNPS" : "NNP";
    }
    if (Character.isDigit(w.charAt(0))) {
      return "CD";
    }
    return lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3 ? "NNS" : "NN";
  }
}
