package org.newsgraph.extract.actors;

import java.util.Objects;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.pipeline.ActorResolver;

/**
 * Actor resolution with actor and agent dictionaries in the PETRARCH/Phoenix format.
 *
 * <ul>
 *   <li>Named people from the NER are grouped within the article by name: full names and surnames, and spelling
 *       variants through {@link VariantKey} (two different full names that share a word stay two people).
 *   <li>Appositions and pre-name titles ({@code the deputy spokesman for the Taliban, Bilal Karimi};
 *       {@code Iranian Foreign Ministry spokesman Saeed Khatibzadeh}) become the person's roles and give the
 *       person the code of its affiliation.
 *   <li>Dictionary actors (countries, organisations, armed groups, media, known people) get the code valid on
 *       the publication date; noun phrases of an actor and an agent ({@code Iranian officials}) become collective
 *       actors with the combined code ({@code IRNGOV}); agents alone take their country from the sentence.
 *   <li>Definite role descriptions ({@code the Taliban's foreign minister}), {@code he} and {@code she} are linked
 *       to a person when exactly one earlier person fits, and left out when the reference is not clear.
 * </ul>
 *
 * <p>Ids are stable across articles: dictionary actors are named by their entry, others by the variant keys of
 * their name, collectives by their code. Cost: linear in the article's tokens, plus a dictionary walk of at most a
 * phrase's length per token. Stateless apart from the immutable dictionary; thread-safe.
 */
public final class DictionaryActorResolver implements ActorResolver {
  private final ActorDictionary dictionary;
  private final PlaceCountry places;

  /** Resolves with the dictionaries alone: places they do not list give agents no country. */
  public DictionaryActorResolver(ActorDictionary dictionary) {
    this(dictionary, PlaceCountry.NONE);
  }

  /** Resolves with the dictionaries, and {@code places} for the country of places they do not list. */
  public DictionaryActorResolver(ActorDictionary dictionary, PlaceCountry places) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.places = Objects.requireNonNull(places, "places");
  }

  @Override
  public Actors resolve(Article article, LinguisticAnnotation annotation) {
    return new ArticleActors(dictionary, places, article, annotation).resolve();
  }
}
