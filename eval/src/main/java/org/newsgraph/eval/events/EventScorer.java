package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.Counts;

/**
 * Event coding scores over sentences.
 *
 * <ul>
 *   <li>{@code event_*}: CAMEO (source, target, code) triples of a sentence, matched as multisets (a triple
 *       predicted twice matches one gold triple once). Records with {@code events: []} add false positives only;
 *       records with {@code events: null} take no part.
 *   <li>{@code root_*}: the same with CAMEO root codes (first two digits).
 *   <li>{@code plover_*}: PLOVER event types per sentence, multisets, over records with a {@code plover} field;
 *       records with the same text (a sentence with several coded events) form one sentence whose gold types are
 *       theirs together.
 *   <li>{@code actor_accuracy}: the share of gold actors that newsgraph codes for some actor of the sentence. For
 *       CAMEO records each distinct source or target code of the gold events counts once and needs the same
 *       PETRARCH code. For PLOVER records each gold source and target actor needs an actor whose country (or the
 *       country part of whose CAMEO code) is its {@code code} and, when the gold names a sector, whose sector is
 *       that sector (see {@link #sectorMatches}); case is ignored.
 * </ul>
 */
public final class EventScorer {
  private EventScorer() {}

  /** Predicted elements that pair with a gold element, each used once. */
  public static <T> int multisetMatches(List<T> gold, List<T> predicted) {
    Map<T, Integer> open = new HashMap<>();
    for (T g : gold) {
      open.merge(g, 1, Integer::sum);
    }
    int matched = 0;
    for (T p : predicted) {
      Integer n = open.get(p);
      if (n != null && n > 0) {
        open.put(p, n - 1);
        matched++;
      }
    }
    return matched;
  }

  public static Map<String, Object> metrics(List<EventRecord> records, List<SentencePrediction> predictions) {
    Counts events = Counts.zero();
    Counts roots = Counts.zero();
    int actors = 0;
    int actorsRight = 0;
    for (int i = 0; i < records.size(); i++) {
      EventRecord r = records.get(i);
      SentencePrediction p = predictions.get(i);
      if (r.events() != null) {
        events = events.plus(multisetMatches(r.events(), p.events()), p.events().size(), r.events().size());
        List<CameoEvent> goldRoots = roots(r.events());
        List<CameoEvent> predictedRoots = roots(p.events());
        roots = roots.plus(multisetMatches(goldRoots, predictedRoots), predictedRoots.size(), goldRoots.size());
        for (String code : goldCodes(r)) {
          actors++;
          if (hasCode(p.actors(), code)) {
            actorsRight++;
          }
        }
      } else if (r.plover() != null) {
        for (PloverActor a : goldActors(r.plover())) {
          actors++;
          if (hasActor(p.actors(), a)) {
            actorsRight++;
          }
        }
      }
    }
    Counts plover = Counts.zero();
    for (List<Integer> sentence : ploverSentences(records)) {
      List<String> gold = new ArrayList<>();
      for (int i : sentence) {
        gold.add(records.get(i).plover().event());
      }
      List<String> predicted = predictions.get(sentence.get(0)).plover();
      plover = plover.plus(multisetMatches(gold, predicted), predicted.size(), gold.size());
    }
    Map<String, Object> metrics = new LinkedHashMap<>();
    put(metrics, "event", events);
    put(metrics, "root", roots);
    put(metrics, "plover", plover);
    metrics.put("actor_accuracy", Counts.ratio(actorsRight, actors));
    return metrics;
  }

  /** Indices of the records with a PLOVER coding, grouped by corpus and text, in file order. */
  public static List<List<Integer>> ploverSentences(List<EventRecord> records) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      EventRecord r = records.get(i);
      if (r.plover() != null && r.plover().event() != null) {
        groups.computeIfAbsent(r.corpus() + "\n" + r.text(), k -> new ArrayList<>()).add(i);
      }
    }
    return new ArrayList<>(groups.values());
  }

  static List<CameoEvent> roots(List<CameoEvent> events) {
    List<CameoEvent> roots = new ArrayList<>();
    for (CameoEvent e : events) {
      roots.add(e.root());
    }
    return roots;
  }

  /** The distinct source and target codes of a record's gold events. */
  static Set<String> goldCodes(EventRecord r) {
    Set<String> codes = new LinkedHashSet<>();
    for (CameoEvent e : r.events()) {
      if (e.source() != null) {
        codes.add(e.source());
      }
      if (e.target() != null) {
        codes.add(e.target());
      }
    }
    return codes;
  }

  static List<PloverActor> goldActors(PloverGold plover) {
    List<PloverActor> all = new ArrayList<>(plover.source());
    all.addAll(plover.target());
    return all;
  }

  static boolean hasCode(List<ActorCode> actors, String code) {
    for (ActorCode a : actors) {
      if (code.equals(a.cameo())) {
        return true;
      }
    }
    return false;
  }

  static boolean hasActor(List<ActorCode> actors, PloverActor gold) {
    for (ActorCode a : actors) {
      if (countryMatches(a, gold.code()) && (unspecified(gold.sector()) || sectorMatches(a, gold.sector()))) {
        return true;
      }
    }
    return false;
  }

  static boolean countryMatches(ActorCode actor, String code) {
    if (code == null) {
      return false;
    }
    return code.equalsIgnoreCase(actor.country())
        || (actor.cameo() != null && actor.cameo().length() >= 3
            && actor.cameo().substring(0, 3).equalsIgnoreCase(code));
  }

  // The GSR writes "***" for a sector it does not know.
  private static boolean unspecified(String sector) {
    return sector == null || sector.isBlank() || !Character.isLetter(sector.charAt(0));
  }

  /**
   * Whether an actor has the gold sector: the first three letters of the gold sector ({@code CVL} of
   * {@code CVLalb}) equal the actor's sector, or name it ({@code GOV} and {@code government}), or are one of the
   * three-letter agent codes after the country in its CAMEO code ({@code GOV} in {@code IRNGOVMIL}). The PLOVER
   * gold writes two sectors otherwise than CAMEO, read as CAMEO's first: {@code JRN} for the media (La Prensa, Danish
   * web sites, a newspaper), {@code MED} for the medical (Swiss doctors, the Red Cross, the Red Crescent), where
   * CAMEO writes {@code MED} and {@code HLH}.
   */
  public static boolean sectorMatches(ActorCode actor, String goldSector) {
    String plover = goldSector.substring(0, Math.min(3, goldSector.length())).toUpperCase(Locale.ROOT);
    String code = switch (plover) {
      case "JRN" -> "MED";
      case "MED" -> "HLH";
      default -> plover;
    };
    if (actor.sector() != null) {
      String sector = actor.sector().strip().toLowerCase(Locale.ROOT);
      if (sector.equalsIgnoreCase(code)) {
        return true;
      }
      String word = sectorWord(code);
      if (word != null && sector.startsWith(word)) {
        return true;
      }
    }
    String cameo = actor.cameo();
    if (cameo != null) {
      String upper = cameo.toUpperCase(Locale.ROOT);
      for (int i = 3; i + 3 <= upper.length(); i += 3) {
        if (upper.substring(i, i + 3).equals(code)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The start of the English word for a CAMEO sector code, or null for codes without one here. */
  static String sectorWord(String code) {
    return switch (code) {
      case "GOV" -> "gov";
      case "MIL" -> "milit";
      case "REB" -> "rebel";
      case "OPP" -> "opposition";
      case "CVL", "CIV" -> "civil";
      case "COP" -> "police";
      case "JUD" -> "judic";
      case "LEG" -> "legislat";
      case "MED" -> "media";
      case "BUS" -> "business";
      case "EDU" -> "educat";
      case "REF" -> "refugee";
      case "LAB" -> "labo";
      case "ELI" -> "elite";
      case "SPY" -> "intelligence";
      case "PTY" -> "part";
      case "REL" -> "relig";
      case "CRM" -> "crim";
      case "HLH" -> "health";
      case "AGR" -> "agricult";
      case "NGO" -> "ngo";
      case "IGO" -> "igo";
      default -> null;
    };
  }

  private static void put(Map<String, Object> metrics, String name, Counts counts) {
    metrics.put(name + "_precision", counts.precision());
    metrics.put(name + "_recall", counts.recall());
    metrics.put(name + "_f1", counts.f1());
  }
}
