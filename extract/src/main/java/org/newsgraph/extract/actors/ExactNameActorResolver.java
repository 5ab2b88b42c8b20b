package org.newsgraph.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.ActorResolver;

/**
 * First version of actor resolution: every person and organisation the NER finds is an actor, and mentions with
 * exactly the same name are the same actor. Variants, roles, pronouns and codes come with the actors issue.
 *
 * <p>Cost: linear in the number of entity mentions. Stateless and thread-safe.
 */
public final class ExactNameActorResolver implements ActorResolver {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public Actors resolve(Article article, LinguisticAnnotation annotation) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (EntityMention e : annotation.entities()) {
      ActorKind kind = kindOf(e.type());
      if (kind == null) {
        continue;
      }
      String name = SPACES.matcher(e.span().text().strip()).replaceAll(" ");
      if (name.isEmpty()) {
        continue;
      }
      String id = ActorIds.of(kind, name);
      byId.computeIfAbsent(id, k -> new Actor(k, name, kind, null, null, Map.of(), List.of(), List.of(name)));
      mentions.add(new Mention(id, e.span()));
    }
    return new Actors(List.copyOf(byId.values()), mentions);
  }

  private static ActorKind kindOf(EntityType type) {
    return switch (type) {
      case PERSON -> ActorKind.PERSON;
      case ORGANIZATION -> ActorKind.ORGANIZATION;
      default -> null;
    };
  }
}
