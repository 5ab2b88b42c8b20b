package org.newsgraph.extract.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.ActorKind;

/**
 * One actor of an actor dictionary: its primary phrase, its synonyms and its codes, some valid only between dates
 * ({@code [AFGGOV >011222]}).
 *
 * @param name the primary phrase in words ({@code Hamid Karzai})
 * @param variants the synonyms in words, without the primary phrase
 * @param defaultCode the code that applies when no dated code does, or null
 * @param dated the date-bounded codes, in file order
 * @param roles roles a user dictionary gives ({@code @ROLE}), else empty
 * @param kind the kind a user dictionary gives ({@code @KIND}), or null to infer it from the code
 */
public record DictionaryEntry(
    String name, List<String> variants, String defaultCode, List<DatedCode> dated, List<String> roles,
    ActorKind kind) {
  public DictionaryEntry {
    Objects.requireNonNull(name, "name");
    variants = List.copyOf(variants);
    dated = List.copyOf(dated);
    roles = List.copyOf(roles);
  }

  /**
   * A code valid from {@code from} to {@code to}, both inclusive; a null bound is open.
   */
  public record DatedCode(String code, LocalDate from, LocalDate to) {
    public DatedCode {
      Objects.requireNonNull(code, "code");
    }

    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /**
   * The code on {@code date}: the first dated code valid then, else the default code. Without a date the last dated
   * code (the latest office), else the default. When no dated code applies and there is no default, the country of
   * the last dated code with {@code ELI} (a former office holder), so that the actor keeps its country.
   */
  public String codeOn(LocalDate date) {
    if (date != null) {
      for (DatedCode d : dated) {
        if (d.covers(date)) {
          return d.code();
        }
      }
    } else if (!dated.isEmpty()) {
      // no date: the latest office, which is what news about this person most often reports
      return dated.get(dated.size() - 1).code();
    }
    if (defaultCode != null) {
      return defaultCode;
    }
    if (dated.isEmpty()) {
      return null;
    }
    if (date == null) {
      return dated.get(dated.size() - 1).code();
    }
    // out of every dated term: keep the country, not the office
    String last = dated.get(dated.size() - 1).code();
    return last.length() > 3 ? last.substring(0, 3) + "ELI" : last;
  }

  /** Whether the dictionary presents this actor as a person: it holds offices between dates. */
  boolean looksLikePerson() {
    if (defaultCode != null && defaultCode.length() == 3) {
      return false;
    }
    for (DatedCode d : dated) {
      if (d.code().length() == 3) {
        return false;
      }
    }
    return !dated.isEmpty() || (defaultCode != null && defaultCode.endsWith("ELI"));
  }
}
