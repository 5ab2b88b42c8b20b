package org.newsgraph.extract.actors;

import java.text.Normalizer;
import java.util.Locale;
import org.newsgraph.model.ActorKind;

/** Canonical actor ids: a kind prefix and a slug of the name ({@code person:bilal-karimi}). */
public final class ActorIds {
  private ActorIds() {}

  public static String of(ActorKind kind, String name) {
    String prefix = switch (kind) {
      case PERSON -> "person";
      case ORGANIZATION -> "org";
      case GOVERNMENT -> "gov";
      case ARMED_GROUP -> "armed";
      case MEDIA -> "media";
      case COUNTRY -> "country";
      case COLLECTIVE -> "group";
      case UNKNOWN -> "actor";
    };
    return prefix + ":" + slug(name);
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+)|(-+$)", "");
    return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
  }
}
