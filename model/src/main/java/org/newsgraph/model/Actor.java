package org.newsgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An actor: a person, organisation, group or country that does or says things.
 *
 * @param id canonical id, the same for the same actor in every article
 * @param name canonical name
 * @param kind what it is
 * @param country ISO 3166 alpha-3 code of its country, or null
 * @param sector sector such as {@code government} or {@code media}, or null
 * @param codes codes in other schemes, keyed by scheme ({@code cameo} → {@code AFGGOV})
 * @param roles roles and titles seen ({@code acting foreign minister})
 * @param variants spellings under which it was seen, the canonical name included
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    String country,
    String sector,
    Map<String, String> codes,
    List<String> roles,
    List<String> variants) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    codes = Map.copyOf(codes);
    roles = List.copyOf(roles);
    variants = List.copyOf(variants);
  }
}
