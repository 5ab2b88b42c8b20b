package org.newsgraph.extract.times;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of English temporal expressions, keyed by lower-cased token text with dots removed ({@code sept},
 * {@code am}). Built once; read-only afterwards, so shared by all threads.
 */
final class Lexicon {
  private Lexicon() {}

  static final Map<String, Integer> MONTHS = new HashMap<>();
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  static final Map<String, Integer> NUMBERS = new HashMap<>();
  static final Map<String, Integer> ORDINALS = new HashMap<>();
  static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");
  static final Map<String, String> PARTS_OF_DAY = Map.of(
      "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");
  /** Decades written as words: {@code the eighties}. */
  static final Map<String, Integer> DECADE_WORDS = Map.of(
      "twenties", 2, "thirties", 3, "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8,
      "nineties", 9);
  /** Units of durations: the TIMEX3 letter, with {@code T} in front for units shorter than a day. */
  static final Map<String, String> UNITS = new HashMap<>();
  /** Words that stand for an unknown quantity: {@code several years} is {@code PXY}. */
  static final Set<String> VAGUE = Set.of("few", "several", "some", "many", "numerous", "dozens");
  static final Set<String> ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
      "bst", "cet", "cest", "et", "pt", "ct");
  /** Modifiers that belong to the expression they precede ({@code early next year}, {@code late Tuesday}). */
  static final Set<String> MODIFIERS = Set.of("early", "earlier", "late", "later", "mid", "middle");
  /** Adverbs of approximation that belong to the expression after them: {@code nearly two years}. */
  static final Set<String> APPROXIMATORS = Set.of("nearly", "almost", "around", "approximately", "roughly");
  /** Possessive determiners: {@code in his 30s} is an age, not a decade. */
  static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "your", "our", "its");
  /** Words between a count and its unit that keep the count: {@code two more weeks}, {@code an additional year}. */
  static final Set<String> MORE = Set.of("more", "additional", "extra", "further");
  static final Map<String, String> PRESENT = Map.of(
      "now", "PRESENT_REF", "currently", "PRESENT_REF", "nowadays", "PRESENT_REF", "recently", "PAST_REF",
      "future", "FUTURE_REF", "current", "PRESENT_REF");
  /** Nouns after which {@code current} means due within a year, not present: {@code current assets}. */
  static final Set<String> ACCOUNTING = Set.of("account", "accounts", "assets", "liabilities", "liability",
      "ratio", "portion", "maturities");
  static final Map<String, String> SET_ADVERBS = Map.of(
      "hourly", "PT1H", "daily", "P1D", "nightly", "P1D", "weekly", "P1W", "monthly", "P1M", "yearly", "P1Y");

  static {
    String[][] months = {
        {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
        {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
        {"november", "nov"}, {"december", "dec"}};
    for (int m = 0; m < months.length; m++) {
      for (String name : months[m]) {
        MONTHS.put(name, m + 1);
      }
    }
    String[][] days = {
        {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"}, {"thursday", "thu", "thurs"},
        {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
    for (int d = 0; d < days.length; d++) {
      for (String name : days[d]) {
        WEEKDAYS.put(name, d + 1);
      }
    }
    String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int n = 0; n < ones.length; n++) {
      NUMBERS.put(ones[n], n);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int n = 0; n < tens.length; n++) {
      NUMBERS.put(tens[n], 20 + 10 * n);
    }
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("dozen", 12);
    NUMBERS.put("hundred", 100);
    String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "twenty-first"};
    for (int n = 0; n < ordinals.length; n++) {
      ORDINALS.put(ordinals[n], n + 1);
    }
    String[][] units = {
        {"second", "TS"}, {"minute", "TM"}, {"hour", "TH"}, {"day", "D"}, {"week", "W"}, {"fortnight", "2W"},
        {"month", "M"}, {"quarter", "Q"}, {"year", "Y"}, {"decade", "DE"}, {"century", "CE"}};
    for (String[] u : units) {
      UNITS.put(u[0], u[1]);
      UNITS.put(u[0].equals("century") ? "centuries" : u[0] + "s", u[1]);
    }
    UNITS.put("yr", "Y");
    UNITS.put("yrs", "Y");
    UNITS.put("hrs", "TH");
    UNITS.put("mins", "TM");
  }

  /** The ordinal of a token such as {@code third} or {@code 3rd}, or -1. */
  static int ordinal(String key) {
    Integer n = ORDINALS.get(key);
    if (n != null) {
      return n;
    }
    int len = key.length();
    if (len >= 3 && len <= 4 && Character.isDigit(key.charAt(0))) {
      String suffix = key.substring(len - 2);
      if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
        return digits(key.substring(0, len - 2));
      }
    }
    return -1;
  }

  /** The value of a string of ASCII digits (at most 9), or -1. */
  static int digits(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
