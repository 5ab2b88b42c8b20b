package org.newsgraph.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Span;

class ExactNameActorResolverTest {
  @Test
  void resolve_sameNameTwice_isOneActorWithTwoMentions() {
    String text = "Karimi met Balkhi. Karimi left Kabul.";
    List<EntityMention> entities = List.of(
        new EntityMention(Span.of(text, 0, 6), EntityType.PERSON, 0, null),
        new EntityMention(Span.of(text, 11, 17), EntityType.PERSON, 0, null),
        new EntityMention(Span.of(text, 19, 25), EntityType.PERSON, 1, null),
        new EntityMention(Span.of(text, 31, 36), EntityType.LOCATION, 1, null));
    Article article = Article.of(null, null, null, null, null, "en", text, "test");

    Actors actors = new ExactNameActorResolver().resolve(article, new LinguisticAnnotation(List.of(), entities));

    assertEquals(2, actors.actors().size());
    assertEquals("person:karimi", actors.actors().get(0).id());
    assertEquals(ActorKind.PERSON, actors.actors().get(0).kind());
    assertEquals(2, actors.mentionsOf("person:karimi").size());
  }

  @Test
  void slug_foldsAccentsAndPunctuation() {
    assertEquals("person:sajbatullah-ahmadi", ActorIds.of(ActorKind.PERSON, "Sajbatullah  Ahmadi"));
    assertEquals("org:societe-generale", ActorIds.of(ActorKind.ORGANIZATION, "Société Générale"));
  }
}
