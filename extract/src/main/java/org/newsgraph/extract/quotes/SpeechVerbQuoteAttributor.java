package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.QuoteAttributor;

/**
 * First version of quote attribution: text in quotation marks, attributed to the subject of the nearest speech verb
 * of the sentence it stands in. Indirect speech, channels, pronouns and reporting chains come with the quotes issue.
 *
 * <p>A quotation is taken for speech when its sentence has a speech verb outside the quotation, or when it is a
 * sentence of its own of six tokens or more; a quotation that is exactly a name (a newspaper's) is not speech.
 * Cost: linear in tokens. Stateless and thread-safe.
 */
public final class SpeechVerbQuoteAttributor implements QuoteAttributor {
  static final Set<String> SPEECH_VERBS = Set.of(
      "say", "tell", "add", "state", "declare", "announce", "explain", "note", "insist", "argue", "claim",
      "predict", "tweet", "write", "report", "warn", "reply", "respond", "ask", "confirm", "deny", "describe",
      "acknowledge", "suggest", "stress", "emphasize", "emphasise", "comment", "recall", "urge", "vow", "pledge",
      "admit", "complain", "according", "post", "quote", "conclude", "caution", "assert", "maintain");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name", "amod", "det", "nmod:poss");

  @Override
  public List<Quote> attribute(Article article, LinguisticAnnotation annotation, Actors actors) {
    String text = article.text();
    List<Span> contents = QuotationMarks.find(text);
    List<Quote> quotes = new ArrayList<>();
    for (Span content : contents) {
      if (isName(content, annotation)) {
        continue;
      }
      Sentence sentence = sentenceOf(annotation, content);
      Token verb = sentence == null ? null : nearestSpeechVerb(sentence, content, contents);
      if (verb == null) {
        if (sentence != null && tokensIn(sentence, content) >= 6 && endsSentence(content)) {
          quotes.add(new Quote(List.of(content), true, null, null, null, null, List.of()));
        }
        continue;
      }
      Span speaker = speakerOf(text, sentence, verb);
      String speakerId = null;
      if (speaker != null) {
        Mention m = actorMention(actors, speaker);
        speakerId = m == null ? null : m.actorId();
      }
      Span cue = Span.of(text, verb.start(), verb.end());
      quotes.add(new Quote(List.of(content), true, speakerId, speaker, cue, null, List.of()));
    }
    return quotes;
  }

  private static boolean isName(Span content, LinguisticAnnotation annotation) {
    for (EntityMention e : annotation.entities()) {
      if ((e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON || e.type() == EntityType.MISC)
          && e.span().start() == content.start() && e.span().end() == content.end()) {
        return true;
      }
    }
    return false;
  }

  private static Sentence sentenceOf(LinguisticAnnotation annotation, Span content) {
    Sentence best = null;
    int bestOverlap = 0;
    for (Sentence s : annotation.sentences()) {
      int overlap = Math.min(s.end(), content.end()) - Math.max(s.start(), content.start());
      if (overlap > bestOverlap) {
        best = s;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static Token nearestSpeechVerb(Sentence sentence, Span content, List<Span> quoted) {
    Token best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : sentence.tokens()) {
      String lemma = t.lemma() == null ? t.word().toLowerCase(java.util.Locale.ROOT) : t.lemma().toLowerCase(java.util.Locale.ROOT);
      if (!SPEECH_VERBS.contains(lemma) || insideAny(t, quoted)) {
        continue;
      }
      boolean verbLike = t.pos() != null && (t.pos().startsWith("VB") || lemma.equals("according"));
      if (!verbLike) {
        continue;
      }
      int distance = t.end() <= content.start() ? content.start() - t.end() : t.start() - content.end();
      if (distance >= 0 && distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean insideAny(Token t, List<Span> spans) {
    for (Span s : spans) {
      if (s.start() <= t.start() && t.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the speech verb, or for "according to X" the X, as a span, or null. */
  static Span speakerOf(String text, Sentence sentence, Token verb) {
    int head = -1;
    if (verb.word().equalsIgnoreCase("according")) {
      Dependency d = sentence.headOf(verb.index());
      head = d == null ? -1 : d.governor();
    } else {
      for (Dependency d : sentence.dependentsOf(verb.index())) {
        if (SUBJECTS.contains(d.relation())) {
          head = d.dependent();
          break;
        }
      }
    }
    if (head < 0) {
      return null;
    }
    int first = head;
    int last = head;
    for (Dependency d : sentence.dependentsOf(head)) {
      if (NAME_PARTS.contains(d.relation()) && Math.abs(d.dependent() - head) <= 4) {
        first = Math.min(first, d.dependent());
        last = Math.max(last, d.dependent());
      }
    }
    List<Token> tokens = sentence.tokens();
    return Span.of(text, tokens.get(first).start(), tokens.get(last).end());
  }

  private static Mention actorMention(Actors actors, Span speaker) {
    Mention covering = actors.mentionCovering(speaker.start(), speaker.end());
    if (covering != null) {
      return covering;
    }
    for (Mention m : actors.mentions()) {
      if (m.span().overlaps(speaker)) {
        return m;
      }
    }
    return null;
  }

  private static int tokensIn(Sentence sentence, Span span) {
    int n = 0;
    for (Token t : sentence.tokens()) {
      if (span.start() <= t.start() && t.end() <= span.end()) {
        n++;
      }
    }
    return n;
  }

  private static boolean endsSentence(Span content) {
    String s = content.text().strip();
    return !s.isEmpty() && ".!?,…".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
