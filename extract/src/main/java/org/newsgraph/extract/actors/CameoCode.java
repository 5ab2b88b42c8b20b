package org.newsgraph.extract.actors;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.ActorKind;

/**
 * Reads a PETRARCH/CAMEO actor code ({@code AFGGOV}, {@code IGOUNO}, {@code ---MIL}): its country, its sector and
 * the kind of actor it suggests. Codes are runs of three-letter parts; the first is a country when the dictionary
 * knows it as one (or {@code ---}, unknown country).
 *
 * @param code the code, upper case
 * @param country the ISO 3166 alpha-3 (or toy) country of the code, or null
 * @param sectorPart the first three-letter sector part ({@code GOV}), or null
 */
public record CameoCode(String code, String country, String sectorPart) {
  /** Three-letter parts that are sectors, never countries, even where a dictionary lists them first. */
  private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "MNC", "MED", "IMG", "UAF", "NGM", "GOV",
      "MIL", "REB", "OPP", "BUS", "CVL", "COP", "JUD", "LEG", "ELI", "SPY", "REL", "EDU", "LAB", "REF", "CRM", "HLH",
      "AGR", "PTY", "HRI", "INS", "SEP", "MOD", "RAD", "MUS", "CHR", "ENV", "DEV", "JEW", "BUD", "HIN");

  /**
   * CAMEO country codes of states that exist today under another ISO 3166 alpha-3 code (GeoNames' {@code XKX} for
   * Kosovo, which ISO leaves to users): the country field speaks ISO, as the places stage and PLOVER do; the CAMEO
   * code stays as the dictionary gives it.
   */
  private static final Map<String, String> ISO = Map.of("TMP", "TLS", "KSV", "XKX");

  /** The CAMEO code of a country the country field writes in ISO ({@code TLS}: {@code TMP}), else the code. */
  static String cameoCountry(String iso) {
    for (Map.Entry<String, String> e : ISO.entrySet()) {
      if (e.getValue().equals(iso)) {
        return e.getKey();
      }
    }
    return iso;
  }

  /** Reads {@code code} knowing which three-letter codes are countries. */
  public static CameoCode parse(String code, Set<String> countries) {
    String upper = code.toUpperCase(Locale.ROOT);
    String first = upper.length() >= 3 ? upper.substring(0, 3) : upper;
    boolean hasCountry = first.equals("---")
        || (upper.length() >= 3 && (countries.contains(first) || ISO.containsValue(first))
            && !NOT_COUNTRIES.contains(first));
    String country = hasCountry && !first.equals("---") ? ISO.getOrDefault(first, first) : null;
    String sector = null;
    for (int i = hasCountry ? 3 : 0; i + 3 <= upper.length(); i += 3) {
      String part = upper.substring(i, i + 3);
      if (sectorLabel(part) != null) {
        sector = part;
        break;
      }
    }
    return new CameoCode(upper, country, sector);
  }

  /** The sector in words ({@code government}), or null. */
  public String sector() {
    return sectorPart == null ? null : sectorLabel(sectorPart);
  }

  /** Whether the code is a bare country ({@code IRN}). */
  public boolean isCountry() {
    return country != null && code.length() == 3;
  }

  /** The kind of actor a code of this sector usually names, for actors the text does not show to be persons. */
  public ActorKind kind() {
    if (isCountry()) {
      return ActorKind.COUNTRY;
    }
    if (sectorPart == null) {
      return ActorKind.ORGANIZATION;
    }
    return switch (sectorPart) {
      case "GOV", "LEG", "JUD", "SPY", "COP" -> ActorKind.GOVERNMENT;
      case "MIL", "REB", "UAF", "IMG", "INS", "SEP" -> ActorKind.ARMED_GROUP;
      case "MED" -> ActorKind.MEDIA;
      default -> ActorKind.ORGANIZATION;
    };
  }

  /** The word for a three-letter sector code, or null for parts that are not sectors here. */
  static String sectorLabel(String part) {
    return switch (part) {
      case "GOV" -> "government";
      case "MIL" -> "military";
      case "REB", "INS" -> "rebels/insurgents";
      case "UAF" -> "armed (unidentified forces)";
      case "IMG" -> "armed group (international)";
      case "SEP" -> "separatists";
      case "OPP" -> "opposition";
      case "MED" -> "media";
      case "CVL" -> "civilians";
      case "BUS", "MNC" -> "business";
      case "IGO" -> "international organisation";
      case "NGO", "NGM" -> "ngo";
      case "COP" -> "police";
      case "JUD" -> "judiciary";
      case "LEG" -> "legislature";
      case "ELI" -> "elites";
      case "SPY" -> "intelligence";
      case "REL", "MUS", "CHR", "JEW", "BUD", "HIN" -> "religious";
      case "EDU" -> "education";
      case "LAB" -> "labour";
      case "REF" -> "refugees";
      case "CRM" -> "criminals";
      case "HLH" -> "health";
      case "AGR" -> "agriculture";
      case "PTY" -> "party";
      case "HRI" -> "human rights";
      case "ENV" -> "environment";
      case "DEV" -> "development";
      default -> null;
    };
  }
}
