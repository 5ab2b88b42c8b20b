package org.newsgraph.extract.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.ActorKind;

/** Canonical actor ids: a kind prefix and a slug of the name ({@code person:bilal-karimi}). */
public final class ActorIds {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("(^-+)|(-+$)");

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
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String slug = EDGE_DASHES.matcher(NOT_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
  }
}
