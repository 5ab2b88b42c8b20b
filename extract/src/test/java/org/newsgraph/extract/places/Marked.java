package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * A small text whose named entities are marked as a recogniser would find them, {@code [Kabul|LOC]}, turned into an
 * article and a one-sentence annotation: capitalised words are tagged NNP, others NN, so no models are needed. As
 * CoreNLP's tokeniser does, a hyphen before a capital is a token of its own ({@code Asia - Pacific}).
 */
final class Marked {
  private static final Pattern MARK = Pattern.compile("\\[([^|\\]]+)\\|(LOC|ORG|PER|MISC)]");
  private static final Pattern TOKEN =
      Pattern.compile("\\p{Lu}&\\p{Lu}|[A-Za-z]\\.(?:[A-Za-z]\\.)+|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+|-(?!\\p{Lu})[\\p{L}\\p{N}]+)*|\\S");

  final Article article;
  final LinguisticAnnotation annotation;
  final Actors actors;

  Marked(String marked) {
    StringBuilder text = new StringBuilder();
    List<EntityMention> entities = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(1));
      EntityType type = switch (m.group(2)) {
        case "LOC" -> EntityType.LOCATION;
        case "ORG" -> EntityType.ORGANIZATION;
        case "PER" -> EntityType.PERSON;
        default -> EntityType.MISC;
      };
      entities.add(new EntityMention(new Span(start, text.length(), m.group(1)), type, 0, null));
      last = m.end();
    }
    text.append(marked.substring(last));
    String plain = text.toString();
    List<Token> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(plain);
    while (t.find()) {
      String word = t.group();
      EntityType ner = EntityType.OTHER;
      for (EntityMention e : entities) {
        if (e.span().start() <= t.start() && t.end() <= e.span().end()) {
          ner = e.type();
        }
      }
      String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : Character.isLetter(word.charAt(0)) ? "NN" : ".";
      tokens.add(new Token(tokens.size(), t.start(), t.end(), word, word.toLowerCase(), pos, ner));
    }
    article = Article.of(null, null, null, null, null, "en", plain, "test");
    annotation = new LinguisticAnnotation(
        List.of(new Sentence(0, 0, plain.length(), tokens, List.of())), entities);
    List<Mention> mentions = new ArrayList<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON) {
        mentions.add(new Mention("actor:" + e.span().text(), e.span()));
      }
    }
    actors = new Actors(List.of(), mentions);
  }

  String text() {
    return article.text();
  }
}
