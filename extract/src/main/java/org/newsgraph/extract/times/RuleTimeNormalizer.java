package org.newsgraph.extract.times;

import static org.newsgraph.extract.times.Lexicon.digits;
import static org.newsgraph.extract.times.Lexicon.ordinal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.TimeNormalizer;

/**
 * The project's own time stage: finds dates, times, durations and sets in English news with TempEval-3's extent
 * conventions and normalises them to TIMEX3 values against the publication date.
 *
 * <p>It reads the tokens of the {@link LinguisticAnnotation} (words and part-of-speech tags) and its dependency
 * parse, not the annotator's entities, so it needs no date recogniser upstream. Deictic expressions ({@code Monday},
 * {@code last year}, {@code a few days ago}, {@code mid-August}) are resolved against {@link Article#published()}
 * in the direction of the tense of the clause that governs them ({@link Governor}: {@code met Monday} looks back,
 * {@code will meet Monday}, {@code talks resume Monday} and {@code is expected to end Friday} ahead); without a
 * parse, the nearest verb's tag decides, in the past by default. Anaphoric ones ({@code two days later}, {@code the
 * next day}, {@code that year}, {@code a year earlier}) are resolved against the last date the text mentioned, and a
 * clock time or a part of a day without a day ({@code at 10:35 a.m.}, {@code in the morning}) takes the day named in
 * its sentence or the one before. Extents follow TimeML: an approximator belongs to the expression ({@code nearly
 * two years}, {@code a week or so ago}), the article of a noun the date modifies does not ({@code the third-quarter
 * loss}).
 * Without a publication date nothing is resolved relative to it: weekdays and months keep {@code X} digits
 * ({@code XXXX-WXX-1}) and other relative values are null.
 *
 * <p>Cost: linear in the number of tokens, a few hash lookups per token; no regular expressions. Stateless and
 * thread-safe: each call keeps its state in local objects.
 */
public final class RuleTimeNormalizer implements TimeNormalizer {
  /** Words between two weekdays of one range: the second lies after the first ({@code Friday to Monday}). */
  private static final Set<String> RANGE_JOINERS = Set.of("to", "through", "thru", "-", "--", "–", "until", "till");
  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "wo", "shall");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "must", "can");
  /** Words before {@code to + verb} that make its date lie ahead: {@code is to resume trading Tuesday}. */
  private static final Set<String> TO_FUTURE = Set.of("is", "are", "was", "were", "'s", "expected", "scheduled",
      "due", "set", "plans", "planned", "planning", "plan", "going", "likely", "ready", "hopes", "hope", "wants", "want",
      "agreed", "slated", "intends", "prepared", "prepare", "expect", "expects");
  /** Verbs whose dates lie ahead even in the past tense: {@code was scheduled for Monday}. */
  private static final Set<String> FUTURE_VERBS = Set.of("expected", "scheduled", "slated", "due", "planned",
      "plans", "plan", "planning", "expects", "expect");
  /** The day-of-month code of a holiday that falls on the Tuesday after the first Monday of its month. */
  private static final int ELECTION_DAY = -100;
  /** The day-of-month code of Easter Sunday, which the computus gives. */
  private static final int EASTER = -200;
  /** Prepositions before {@code the morning} that make it a time of the day the text is about. */
  private static final Set<String> PART_OF_DAY_CASES = Set.of("in", "during", "by", "until", "through");
  /**
   * How many months ahead of publication a month of a past-tense clause may lie when it dates a thing, not the past
   * event: about as far as a day of the month may ({@code dayOfMonth}: 150 days).
   */
  private static final int AHEAD_MONTHS = 5;
  private static final Set<String> DURATION_LEADS = Set.of("past", "last", "next", "coming", "first", "previous",
      "following", "final", "initial", "latest", "remaining", "recent");

  @Override
  public List<TimeValue> normalize(Article article, LinguisticAnnotation annotation) {
    List<TimeValue> out = new ArrayList<>();
    if (annotation.sentences().isEmpty()) {
      return out;
    }
    Document doc = new Document(article.published());
    for (Sentence sentence : annotation.sentences()) {
      if (sentence.tokens().isEmpty()) {
        continue;
      }
      Scan scan = new Scan(doc, Words.of(sentence.tokens()), sentence);
      scan.run(article.text(), out);
    }
    return out;
  }

  /** What one call has learned about the article so far: its anchor and the last dates it mentioned. */
  static final class Document {
    final LocalDate dct;
    final String dctText;
    /** The last date mentioned with its granularity, for anaphoric expressions. */
    LocalDate lastDate;
    String lastGranularity;
    /** The last day the text named, and in which sentence: the day of a clock time that names none. */
    LocalDate lastDay;
    int lastDaySentence = -100;
    int lastQuarterSentence = -100;
    int lastQuarterYear;
    int lastQuarter;

    Document(LocalDate dct) {
      this.dct = dct;
      this.dctText = dct == null ? null : dct.toString();
    }
  }

  /** A match over sub-tokens {@code [from, to)}. */
  record Hit(int from, int to, TimeType type, String value, String anchor, String granularity, boolean takesThe,
      boolean shifted) {
    Hit(int from, int to, TimeType type, String value, String anchor, String granularity, boolean takesThe) {
      this(from, to, type, value, anchor, granularity, takesThe, false);
    }

    Hit from(int newFrom) {
      return new Hit(newFrom, to, type, value, anchor, granularity, takesThe, shifted);
    }

    /** The same match, which a leading {@code the} does not belong to ({@code the Oct. 23 meeting}). */
    Hit withoutThe() {
      return new Hit(from, to, type, value, anchor, granularity, false, shifted);
    }

    /** The same match, counted from another date of the text; it anchors no later expression. */
    Hit asShifted() {
      return new Hit(from, to, type, value, anchor, granularity, takesThe, true);
    }
  }

  /** Tokens split at hyphens, so that {@code mid-August} and {@code mid - August} read the same. */
  static final class Words {
    final int n;
    final String[] key;
    final String[] word;
    final String[] pos;
    final int[] start;
    final int[] end;
    /** The index of the token each piece comes from. */
    final int[] token;

    private Words(int capacity) {
      token = new int[capacity];
      key = new String[capacity];
      word = new String[capacity];
      pos = new String[capacity];
      start = new int[capacity];
      end = new int[capacity];
      n = capacity;
    }

    static Words of(List<Token> tokens) {
      int count = 0;
      for (Token t : tokens) {
        count += pieces(t.word());
      }
      Words w = new Words(count);
      int k = 0;
      for (int ti = 0; ti < tokens.size(); ti++) {
        Token t = tokens.get(ti);
        int first = k;
        String text = t.word();
        String pos = t.pos() == null ? "" : t.pos();
        if (pieces(text) == 1) {
          w.token[k] = ti;
          w.set(k++, text, pos, t.start(), t.end());
          continue;
        }
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
          if (i == text.length() || text.charAt(i) == '-') {
            if (i > from) {
              w.set(k++, text.substring(from, i), pos, t.start() + from, t.start() + i);
            }
            if (i < text.length()) {
              w.set(k++, "-", ":", t.start() + i, t.start() + i + 1);
            }
            from = i + 1;
          }
        }
        for (int j = first; j < k; j++) {
          w.token[j] = ti;
        }
      }
      return w;
    }

    /** How many pieces a token splits into: words and hyphens, for tokens with inner hyphens. */
    private static int pieces(String text) {
      if (text.length() < 2 || text.indexOf('-') < 0) {
        return 1;
      }
      int count = 0;
      boolean inWord = false;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '-') {
          count++;
          inWord = false;
        } else if (!inWord) {
          count++;
          inWord = true;
        }
      }
      return count;
    }

    private void set(int k, String text, String tag, int s, int e) {
      word[k] = text;
      pos[k] = tag;
      start[k] = s;
      end[k] = e;
      key[k] = keyOf(text);
    }

    static String keyOf(String text) {
      StringBuilder b = null;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '.' || (c >= 'A' && c <= 'Z') || c == '’' || c > 127) {
          b = new StringBuilder(text.length());
          break;
        }
      }
      if (b == null) {
        return text;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '.' && text.length() > 1) {
          continue;
        }
        b.append(c == '’' ? '\'' : Character.toLowerCase(c));
      }
      return b.toString();
    }

    String k(int i) {
      return i >= 0 && i < n ? key[i] : "";
    }

    boolean capitalized(int i) {
      return i < n && !word[i].isEmpty() && Character.isUpperCase(word[i].charAt(0));
    }
  }

  enum Tense { PAST, FUTURE }

  /** The matching of one sentence. */
  static final class Scan {
    final Document doc;
    final Words w;
    final int sentence;
    final LocalDate dct;
    /** The sentence, whose dependency parse is read only when an expression needs a tense. */
    final Sentence parsed;
    private Governor governor;
    private boolean governorRead;
    /** Where the phrase being read starts when a day is read inside it ({@code 9 a.m. Tuesday}), else -1. */
    int phraseStart = -1;
    /** The last weekday found in this sentence, for ranges such as {@code Saturday and Sunday}. */
    int lastWeekdayEnd = -10;
    LocalDate lastWeekdayDate;
    /** Where the last date ending on a day of the month ended ({@code April 24}), and that date, for {@code and 25}. */
    int lastDayNumberEnd = -10;
    Hit lastDayNumber;

    Scan(Document doc, Words w, Sentence parsed) {
      this.parsed = parsed;
      this.sentence = parsed.index();
      this.doc = doc;
      this.w = w;
      this.dct = doc.dct;
    }

    /** The sentence's dependency parse, read on first use; null without one. */
    Governor governor() {
      if (!governorRead) {
        governor = Governor.of(parsed);
        governorRead = true;
      }
      return governor;
    }

    void run(String text, List<TimeValue> out) {
      int i = 0;
      while (i < w.n) {
        Hit hit = at(i);
        if (hit == null) {
          i++;
          continue;
        }
        if (hit.to() - hit.from() > 1 && w.key[hit.from()].equals("the") && modifiesANoun(hit.to())) {
          // "the third-quarter loss", "The Friday explosions": the article belongs to the noun the date modifies
          hit = hit.from(hit.from() + 1);
        }
        int s = w.start[hit.from()];
        int e = w.end[hit.to() - 1];
        if (s >= 0 && e <= text.length() && s < e) {
          out.add(new TimeValue(Span.of(text, s, e), hit.value(), hit.type(), hit.anchor(), hit.granularity()));
          remember(hit);
          if (hit.type() == TimeType.DATE && "day".equals(hit.granularity()) && hit.value() != null
              && hit.value().length() == 10 && dayAt(hit.to() - 1) > 0) {
            lastDayNumberEnd = hit.to();
            lastDayNumber = hit;
          }
        }
        i = hit.to();
      }
    }

    /** Whether the token at {@code k} is a common noun that an expression just before it modifies. */
    private boolean modifiesANoun(int k) {
      return k < w.n && (w.pos[k].equals("NN") || w.pos[k].equals("NNS")) && !Lexicon.UNITS.containsKey(w.key[k])
          && !Lexicon.PARTS_OF_DAY.containsKey(w.key[k]) && !w.key[k].equals("period")
          && !w.key[k].equals("weekend") && !w.key[k].equals("term") && !endsOnADate(k);
    }

    private void remember(Hit hit) {
      if (hit.type() == TimeType.TIME && hit.value() != null && hit.value().length() == 13
          && hit.value().charAt(10) == 'T' && Character.isLetter(hit.value().charAt(11))) {
        // "Wednesday night", "yesterday morning": its day anchors what follows
        try {
          doc.lastDate = LocalDate.parse(hit.value().substring(0, 10));
          doc.lastGranularity = "day";
          doc.lastDay = doc.lastDate;
          doc.lastDaySentence = sentence;
        } catch (RuntimeException e) {
          // no day in it
        }
        return;
      }
      if (hit.type() != TimeType.DATE || hit.shifted() || hit.value() == null || hit.value().indexOf('X') >= 0) {
        return;
      }
      String v = hit.value();
      String g = hit.granularity();
      if (g == null) {
        return;
      }
      try {
        switch (g) {
          case "day" -> {
            doc.lastDate = LocalDate.parse(v);
            doc.lastDay = doc.lastDate;
            doc.lastDaySentence = sentence;
          }
          case "month" -> doc.lastDate = LocalDate.parse(v + "-01");
          case "year" -> doc.lastDate = LocalDate.of(Integer.parseInt(v), 1, 1);
          case "quarter" -> {
            int y = Integer.parseInt(v.substring(0, 4));
            int q = v.charAt(6) - '0';
            doc.lastDate = LocalDate.of(y, 3 * q - 2, 1);
            doc.lastQuarterYear = y;
            doc.lastQuarter = q;
            doc.lastQuarterSentence = sentence;
          }
          default -> {
            return;
          }
        }
        doc.lastGranularity = g;
      } catch (RuntimeException e) {
        // a value this class did not make in a shape it knows; it anchors nothing
      }
    }

    /**
     * The longest expression starting at {@code i}, with its leading {@code the} and modifiers, and an approximator
     * before it ({@code nearly two years}, {@code at least 30 days}), which TimeML puts in the extent as its mod.
     */
    Hit at(int i) {
      int lead = approximator(i);
      if (lead > 0) {
        Hit inner = plainAt(i + lead);
        if (inner != null && inner.from() == i + lead && (Lexicon.APPROXIMATORS.contains(w.key[i])
            || inner.type() == TimeType.DURATION || inner.shifted() || isCount(i + lead))) {
          return inner.from(i);
        }
      }
      return plainAt(i);
    }

    /**
     * How many tokens of an approximator start at {@code i}: {@code nearly}, {@code almost}, {@code around}
     * before any expression; {@code about}, {@code at least}, {@code up to}, {@code no more than} (also
     * prepositions and quantifiers of things) only before a quantity of time; else 0.
     */
    int approximator(int i) {
      String k = w.key[i];
      if (Lexicon.APPROXIMATORS.contains(k) || k.equals("about")) {
        return 1;
      }
      if (k.equals("at") && w.k(i + 1).equals("least") || k.equals("up") && w.k(i + 1).equals("to")) {
        return 2;
      }
      if (k.equals("no") && (w.k(i + 1).equals("more") || w.k(i + 1).equals("less")) && w.k(i + 2).equals("than")) {
        // "more than" itself belongs to the quantity
        return 1;
      }
      return 0;
    }

    /** Whether a count starts at {@code p}: {@code two}, {@code 30}, {@code a}, {@code more than}. */
    private boolean isCount(int p) {
      return number(p) != null || w.k(p).equals("more") || w.k(p).equals("less");
    }

    private Hit plainAt(int i) {
      int p = i;
      boolean the = false;
      if (w.key[p].equals("the")) {
        the = true;
        p++;
      }
      boolean modified = false;
      if (p < w.n && Lexicon.MODIFIERS.contains(w.key[p])) {
        modified = true;
        p++;
        if (w.k(p).equals("-")) {
          p++;
        }
      } else if (p + 2 < w.n && (w.key[p].equals("end") || w.key[p].equals("beginning")
          || w.key[p].equals("start")) && w.key[p + 1].equals("of") && the) {
        modified = true;
        p += 2;
        if (w.k(p).equals("the")) {
          p++;
        }
      }
      if (p >= w.n) {
        return null;
      }
      Hit core = core(p, the);
      if (core != null) {
        if (modified && core.type() == TimeType.DURATION) {
          core = null;
        } else if (the && !core.takesThe() && !modified) {
          core = null;
        }
      }
      if (core != null) {
        return core.from(i);
      }
      if (the && w.key[p].equals("day") && (w.k(p + 1).equals("before") || w.k(p + 1).equals("after"))) {
        Hit next = dayNamedAt(p + 2);
        if (next != null) {
          // "the day before last Tuesday's hearing": the day next to a day the text names
          LocalDate d = LocalDate.parse(next.value()).plusDays(w.key[p + 1].equals("before") ? -1 : 1);
          return new Hit(i, next.to(), TimeType.DATE, day(d), next.value(), "day", true);
        }
      }
      if (modified || the && i > 0 && PART_OF_DAY_CASES.contains(w.key[i - 1])) {
        Hit part = partOfDay(p);
        if (part != null && (modified || !w.key[p].equals("night"))) {
          return part.from(i);
        }
      }
      boolean vague = w.key[i].equals("a") && w.k(i + 1).equals("while")
          || w.key[i].equals("some") && w.k(i + 1).equals("time");
      if (vague && !the && !modified && i > 0 && w.key[i - 1].equals("for") && !w.k(i + 2).equals("to")) {
        // "for a while", "for some time": a length nobody measured (TimeML: PXX)
        return new Hit(i, i + 2, TimeType.DURATION, "PXX", null, null, false);
      }
      if (the && (w.key[p].equals("near") || w.key[p].equals("short") || w.key[p].equals("long"))
          && w.k(p + 1).equals("term") && !w.k(p + 2).equals("-") && !(p + 2 < w.n && w.pos[p + 2].startsWith("NN"))) {
        // "in the near term", "for the short term": the time ahead (TimeML: FUTURE_REF)
        return new Hit(i, p + 2, TimeType.DATE, "FUTURE_REF", null, null, true);
      }
      return null;
    }

    /** A known day named at {@code p} ({@code yesterday}, {@code last Tuesday}, {@code Oct. 23}), or null. */
    Hit dayNamedAt(int p) {
      if (p >= w.n) {
        return null;
      }
      Hit named = longer(longer(longer(weekday(p), deictic(p, false)), longer(relative(p, false), monthExpr(p))),
          holiday(p));
      return named != null && named.type() == TimeType.DATE && "day".equals(named.granularity())
          && named.value() != null && named.value().length() == 10 && named.value().indexOf('X') < 0 ? named : null;
    }

    /**
     * {@code the morning}, {@code mid-afternoon}, {@code mid-afternoon yesterday}: a part of the day named after it,
     * else of the day named in this sentence or the one before, else of the publication date.
     */
    Hit partOfDay(int p) {
      String part = Lexicon.PARTS_OF_DAY.get(w.k(p));
      if (part == null || w.k(p).equals("overnight")) {
        return null;
      }
      int end = p + 1;
      LocalDate day = dct;
      if (doc.lastDay != null && sentence - doc.lastDaySentence <= 1) {
        day = doc.lastDay;
      }
      Hit named = dayNamedAt(end);
      if (named != null) {
        day = LocalDate.parse(named.value());
        end = named.to();
      }
      return day == null ? time(p, end, null) : time(p, end, day + "T" + part);
    }

    Hit core(int p, boolean the) {
      Hit best = null;
      best = longer(best, quantity(p, the));
      best = longer(best, clock(p));
      best = longer(best, weekday(p));
      best = longer(best, monthExpr(p));
      best = longer(best, yearExpr(p));
      best = longer(best, quarter(p, the));
      best = longer(best, relative(p, the));
      best = longer(best, deictic(p, the));
      best = longer(best, season(p, the));
      best = longer(best, holiday(p));
      best = longer(best, set(p));
      if (best == null) {
        best = sameMonthDay(p);
      }
      return best;
    }

    /**
     * {@code 25} in {@code April 24 and 25}: a day of the month the date just before names, joined to it by
     * {@code and} or {@code or}, and not a count of the thing after it ({@code April 24 and 25 others}).
     */
    Hit sameMonthDay(int p) {
      if (lastDayNumber == null || p != lastDayNumberEnd + 1 || !(w.k(p - 1).equals("and") || w.k(p - 1).equals("or"))
          || w.k(p).length() > 2) {
        return null;
      }
      int d = dayAt(p);
      if (d < 0 || p + 1 < w.n && (!w.word[p + 1].isEmpty() && Character.isLetterOrDigit(w.word[p + 1].charAt(0))
          && !w.pos[p + 1].startsWith("IN") && !w.pos[p + 1].startsWith("CC") && !w.pos[p + 1].startsWith("TO"))) {
        return null;
      }
      String v = lastDayNumber.value();
      try {
        LocalDate day = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), d);
        return new Hit(p, p + 1, TimeType.DATE, day(day), lastDayNumber.anchor(), "day", false);
      } catch (RuntimeException e) {
        // April 31, or a value without a year
        return null;
      }
    }

    private static Hit longer(Hit a, Hit b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      return b.to() > a.to() ? b : a;
    }

    // ---- tense

    /** The tense of the verb nearest to {@code [from, to)}: future for will, shall, going to, to + verb. */
    Tense tense(int from, int to) {
      if (from >= 3 && w.key[from - 1].equals("as") && (w.key[from - 2].equals("soon")
          || w.key[from - 2].equals("early")) && w.key[from - 3].equals("as")) {
        return Tense.FUTURE;
      }
      if (w.k(to).equals("'s")) {
        return Tense.PAST;
      }
      Governor governor = governor();
      if (governor != null && from < to) {
        int first = phraseStart >= 0 && phraseStart < from ? phraseStart : from;
        Tense parsed = governor.tense(w.token[first], w.token[to - 1]);
        if (parsed != null) {
          return parsed;
        }
      }
      return heuristicTense(from, to);
    }

    /** The tense of the verb nearest to {@code [from, to)} by part-of-speech tags, for sentences without a parse. */
    Tense heuristicTense(int from, int to) {
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int i = 0; i < w.n; i++) {
        if (i >= from && i < to) {
          continue;
        }
        String pos = w.pos[i];
        if (pos.startsWith("VB") || pos.equals("MD") || FUTURE_AUX.contains(w.key[i])) {
          // the governing verb more often precedes the expression: a verb after it counts double
          int distance = i < from ? from - i : 2 * (i - to + 1) + 1;
          if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
          }
        }
      }
      if (best < 0) {
        return Tense.PAST;
      }
      for (int k = best; k >= Math.max(0, best - 4); k--) {
        String key = w.key[k];
        if (FUTURE_AUX.contains(key)) {
          return Tense.FUTURE;
        }
        if (key.equals("to") && k < best && k > 0 && w.pos[best].equals("VB") && TO_FUTURE.contains(w.key[k - 1])) {
          return Tense.FUTURE;
        }
        if (MODALS.contains(key)) {
          return Tense.FUTURE;
        }
        if (k < best && (w.pos[k].equals("VBD") || key.equals("had"))) {
          return Tense.PAST;
        }
      }
      if (FUTURE_VERBS.contains(w.key[best])) {
        return Tense.FUTURE;
      }
      return Tense.PAST;
    }

    // ---- values

    String day(LocalDate d) {
      return d.toString();
    }

    static String week(LocalDate d) {
      return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int year, int month) {
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    static String year(int year) {
      return String.format(Locale.ROOT, "%04d", year);
    }

    Hit date(int from, int to, String value, String granularity, boolean relative) {
      return new Hit(from, to, TimeType.DATE, value, relative && value != null ? doc.dctText : null, granularity,
          true);
    }

    Hit duration(int from, int to, String value) {
      return new Hit(from, to, TimeType.DURATION, value, null, null, true);
    }

    /** The date of weekday {@code dow} (1 = Monday) nearest the publication date in the direction of the tense. */
    LocalDate weekdayDate(int dow, Tense tense, int strict) {
      int today = dct.getDayOfWeek().getValue();
      if (strict < 0) {
        int back = (today - dow + 7) % 7;
        return dct.minusDays(back == 0 ? 7 : back);
      }
      if (strict > 0) {
        int ahead = (dow - today + 7) % 7;
        return dct.plusDays(ahead == 0 ? 7 : ahead);
      }
      if (dow == today) {
        return dct;
      }
      return tense == Tense.FUTURE ? dct.plusDays((dow - today + 7) % 7) : dct.minusDays((today - dow + 7) % 7);
    }

    int monthYear(int month, Tense tense) {
      int m = dct.getMonthValue();
      if (tense == Tense.FUTURE) {
        return month >= m ? dct.getYear() : dct.getYear() + 1;
      }
      return month <= m ? dct.getYear() : dct.getYear() - 1;
    }

    // ---- matchers

    /** A number at {@code i}: {value, end}; value -1 for vague quantities ({@code a few}, {@code several}). */
    int[] number(int i) {
      if (i >= w.n) {
        return null;
      }
      String k = w.key[i];
      if (k.equals("a") || k.equals("an")) {
        String next = w.k(i + 1);
        if (next.equals("few") || next.equals("couple")) {
          int end = i + 2;
          if (w.k(end).equals("of")) {
            end++;
          }
          // "a couple of years" is two of them (TimeML: P2Y); "a few" is vague
          return new int[] {next.equals("couple") ? 2 : -1, end};
        }
        if (next.equals("dozen")) {
          return new int[] {12, i + 2};
        }
        return new int[] {1, i + 1};
      }
      if (Lexicon.VAGUE.contains(k) || k.equals("couple")) {
        int end = i + 1;
        if (k.equals("couple")) {
          return new int[] {2, w.k(end).equals("of") ? end + 1 : end};
        }
        if (w.k(end).equals("of")) {
          end++;
        }
        return new int[] {-1, end};
      }
      Integer word = Lexicon.NUMBERS.get(k);
      if (word != null) {
        if (word >= 20 && word % 10 == 0 && w.k(i + 1).equals("-")) {
          Integer unit = Lexicon.NUMBERS.get(w.k(i + 2));
          if (unit != null && unit > 0 && unit < 10) {
            return new int[] {word + unit, i + 3};
          }
        }
        return new int[] {word, i + 1};
      }
      if (!k.isEmpty() && Character.isDigit(k.charAt(0))) {
        int n = digits(k.indexOf(',') >= 0 ? k.replace(",", "") : k);
        if (n >= 0) {
          return new int[] {n, i + 1};
        }
      }
      return null;
    }

    static String durationValue(int n, String unit) {
      String count = n < 0 ? "X" : Integer.toString(n);
      return switch (unit) {
        case "TS", "TM", "TH" -> "PT" + count + unit.charAt(1);
        case "2W" -> n < 0 ? "PXW" : "P" + (2 * n) + "W";
        // a known count of decades or centuries is written in years (two decades: P20Y); an unknown one as
        // TimeBank writes it: some decades are some years (PXY), centuries keep TimeML's century letter (PXC)
        case "DE" -> n < 0 ? "PXY" : "P" + (10 * n) + "Y";
        case "CE" -> n < 0 ? "PXC" : "P" + (100 * n) + "Y";
        case "Q" -> n < 0 ? "PXQ" : "P" + (3 * n) + "M";
        default -> "P" + count + unit;
      };
    }

    /** Durations ({@code two days}, {@code the past few weeks}, {@code 30-year}) and dates counted from another. */
    Hit quantity(int p, boolean the) {
      int i = p;
      boolean lead = false;
      String leadWord = null;
      if ((w.key[i].equals("more") || w.key[i].equals("less")) && w.k(i + 1).equals("than")) {
        i += 2;
      }
      if (i < w.n && DURATION_LEADS.contains(w.key[i])) {
        leadWord = w.key[i];
        lead = true;
        i++;
      }
      int[] num = number(i);
      boolean half = false;
      if (num == null && !lead && i == p) {
        Hit long_ = unitLong(p);
        if (long_ != null) {
          return long_;
        }
        // "5 1/2 hours": one token for the whole number and its half
        int whole = wholeBeforeHalf(w.k(i));
        if (whole >= 0) {
          num = new int[] {whole, i + 1};
          half = true;
        }
      } else if (num != null && num[0] >= 0 && isHalf(w.k(num[1]))) {
        num = new int[] {num[0], num[1] + 1};
        half = true;
      }
      String unit;
      int end;
      boolean hyphen = false;
      if (num != null) {
        int u = num[1];
        if (Lexicon.MORE.contains(w.k(u)) && Lexicon.UNITS.containsKey(w.k(u + 1))) {
          // "two more weeks", "an additional year": the length is the count's
          u++;
        }
        if (w.k(u).equals("-")) {
          hyphen = true;
          u++;
        }
        unit = Lexicon.UNITS.get(w.k(u));
        if (unit == null) {
          return lead ? bareUnits(p, i, leadWord) : null;
        }
        if (w.capitalized(u) && u > 0 && opensQuote(w.k(i - 1))) {
          // ``60 Minutes'', "Seven Days in May": a title, not a length
          return null;
        }
        end = u + 1;
        if (w.k(end).equals("or") && w.k(end + 1).equals("so")) {
          // "a week or so ago", "the next two years or so"
          end += 2;
        } else if (w.k(end).equals("or") && number(end + 1) != null && number(end + 1)[0] > num[0]
            && number(end + 1)[1] == end + 2 && !Lexicon.UNITS.containsKey(w.k(end + 2))) {
          // "a year or two"
          end += 2;
        }
        if (!half && w.k(end).equals("and") && w.k(end + 1).equals("a") && w.k(end + 2).equals("half")) {
          // "a minute and a half"
          half = true;
          end += 3;
        }
        if (num[0] == 1 && !w.key[i].equals("a") && !w.key[i].equals("an") && !w.key[i].equals("one")
            && !w.key[i].equals("1")) {
          // "twelve", "dozen": fine; a bare unit word counted as 1 only for a/an/one
        }
      } else {
        return lead || (the && i == p) ? bareUnits(p, i, leadWord) : bareUnits(p, i, null);
      }
      int n = num[0];
      String next = w.k(end);
      if (unit.equals("Q") && !lead && (hyphen || n == 1 || yearAt(i) > 0)) {
        // "third-quarter", "the 1988 quarter": dates, not lengths
        return null;
      }
      if (next.equals("old") && !lead) {
        // an age, "52 years old", is not a time of the text (as "a 52-year-old" is not)
        return null;
      }
      if (w.k(end - 1).equals("second") && n == 1 && (w.key[i].equals("a") || w.key[i].equals("an"))
          && end < w.n && (w.pos[end].startsWith("NN") || w.pos[end].startsWith("JJ"))) {
        // "a second group", "a second betrayal": the ordinal, not the unit
        return null;
      }
      if (hyphen) {
        if (w.k(end).equals("-") && w.k(end + 1).equals("old")) {
          return null;
        }
        if (w.k(end).equals("-") && w.k(end + 1).equals("long")) {
          end += 2;
        }
        return new Hit(p, end, TimeType.DURATION, half ? halfValue(n, unit) : durationValue(n, unit), null, null,
            false);
      }
      if (!lead && (unit.equals("TH") || unit.equals("TM") || unit.equals("TS"))
          && (next.equals("later") || next.equals("earlier"))) {
        // "a minute and a half later": TimeML marks the length, the clock time it leads to has no value of its own
        return duration(p, end, half ? halfValue(n, unit) : durationValue(n, unit));
      }
      if (!lead && (next.equals("ago") || next.equals("earlier") || next.equals("later") || next.equals("before")
          || next.equals("after") || next.equals("hence") || (next.equals("from") && w.k(end + 1).equals("now")))) {
        return shifted(p, end, n, unit, next);
      }
      if (!lead && n == 1 && (w.key[i].equals("a") || w.key[i].equals("an")) && rateContext(p)) {
        return new Hit(p, end, TimeType.SET, durationValue(1, unit), null, null, true);
      }
      if (n == 1 && (w.key[i].equals("a") || w.key[i].equals("an")) && unit.equals("Y") && next.equals("-")
          && (w.k(end + 1).equals("earlier") || w.k(end + 1).equals("ago"))) {
        return null;
      }
      if (w.k(end).equals("ahead") || w.k(end).equals("long")) {
        end++;
      } else if (w.k(end).equals("-") && w.k(end + 1).equals("long")) {
        // "a day-long meeting"
        end += 2;
      }
      return duration(p, end, half ? halfValue(n, unit) : durationValue(n, unit));
    }

    /**
     * {@code n} and a half units: the half in the next smaller unit where TimeML writes it so ({@code 2 1/2 years}
     * is {@code P2Y6M}, {@code 5 1/2 hours} {@code PT5H30M}), else a decimal fraction, which ISO 8601 allows in the
     * last component.
     */
    static String halfValue(int n, String unit) {
      return switch (unit) {
        case "Y" -> "P" + n + "Y6M";
        case "D" -> "P" + n + "DT12H";
        case "TH" -> "PT" + n + "H30M";
        case "TM" -> "PT" + n + "M30S";
        case "DE" -> "P" + (10 * n + 5) + "Y";
        case "CE" -> "P" + (100 * n + 50) + "Y";
        case "Q" -> "P" + (3 * n) + ".5M";
        case "2W" -> "P" + (2 * n + 1) + "W";
        case "TS" -> "PT" + n + ".5S";
        default -> "P" + n + ".5" + unit;
      };
    }

    /** The whole number of a token such as {@code 5 1/2} (the tokenizer keeps a mixed fraction together), or -1. */
    static int wholeBeforeHalf(String key) {
      int space = -1;
      for (int k = 0; k < key.length(); k++) {
        char c = key.charAt(k);
        if (c == ' ' || c == '\u00a0') {
          space = k;
          break;
        }
      }
      if (space > 0 && isHalf(key.substring(space + 1))) {
        return digits(key.substring(0, space));
      }
      if (key.length() > 1 && key.endsWith("\u00bd")) {
        return digits(key.substring(0, key.length() - 1));
      }
      return -1;
    }

    static boolean isHalf(String key) {
      return key.equals("1/2") || key.equals("\u00bd");
    }

    private static boolean opensQuote(String key) {
      return key.equals("``") || key.equals("\"") || key.equals("\u201c") || key.equals("''") || key.equals("'");
    }

    /** {@code day-long}, {@code decades-long}: a length of one unit, or of some. */
    private Hit unitLong(int p) {
      String unit = Lexicon.UNITS.get(w.k(p));
      if (unit == null || !w.k(p + 1).equals("-") || !w.k(p + 2).equals("long")) {
        return null;
      }
      boolean plural = w.k(p).endsWith("s") && !w.k(p).equals("hrs") && !w.k(p).equals("mins");
      return new Hit(p, p + 3, TimeType.DURATION, durationValue(plural ? -1 : 1, unit), null, null, false);
    }

    /** {@code recent weeks}, {@code the coming years}, {@code for months}: durations of unknown length. */
    Hit bareUnits(int p, int i, String leadWord) {
      String k = w.k(i);
      String unit = Lexicon.UNITS.get(k);
      if (unit == null || !k.endsWith("s") || k.equals("hrs") || k.equals("mins") || k.equals("yrs")) {
        if (unit != null && leadWord == null && k.equals("week") && i == p && i > 0 && w.key[i - 1].equals("the")
            && w.k(i + 1).equals("of")) {
          // "the week of March 6": the ISO week of that day
          Hit day = monthExpr(i + 2);
          if (day != null && "day".equals(day.granularity()) && day.value() != null && day.value().length() == 10
              && day.value().indexOf('X') < 0) {
            return new Hit(p, day.to(), TimeType.DATE, week(LocalDate.parse(day.value())), day.anchor(), "week",
                true);
          }
          return null;
        }
        if (unit != null && leadWord == null && k.equals("year") && i == p && i > 0 && w.key[i - 1].equals("the")) {
          if (w.k(i + 1).equals("-") || w.k(i + 1).equals("'s")) {
            return null;
          }
          if (endsOnADate(i + 1)) {
            return duration(p, i + 1, "P1Y");
          }
          return dct == null ? date(p, i + 1, null, "year", true) : date(p, i + 1, year(dct.getYear()), "year", true);
        }
        return null;
      }
      if (leadWord == null) {
        String before = w.k(p - 1);
        if (!(before.equals("for") || before.equals("in") || before.equals("within") || before.equals("over")
            || before.equals("the") || before.equals("took") || before.equals("take"))) {
          return null;
        }
        if (w.k(i + 1).equals("ago")) {
          return date(p, i + 2, "PAST_REF", null, false);
        }
      }
      if (w.k(i + 1).equals("ago") && leadWord != null) {
        return null;
      }
      int end = i + 1;
      if (w.k(end).equals("ahead")) {
        end++;
      }
      return duration(p, end, durationValue(-1, unit));
    }

    /**
     * Whether the period before {@code i} is one of accounts, named by its last day: {@code the year ended March 31},
     * {@code the fiscal year ending June 30, 1990}; such a period is a length of time (TimeML: {@code P1Y}).
     */
    boolean endsOnADate(int i) {
      String k = w.k(i);
      return k.equals("ended") || k.equals("ending") || k.equals("ends");
    }

    /** Whether {@code a year} at {@code p} reads as a rate ({@code $5 million a year}, {@code 3% a year}). */
    boolean rateContext(int p) {
      for (int k = p - 1; k >= Math.max(0, p - 3); k--) {
        String key = w.key[k];
        if (key.equals("%") || key.equals("percent") || key.equals("$") || key.equals("times")
            || key.equals("twice") || key.equals("once") || key.equals("million") || key.equals("billion")
            || w.pos[k].equals("CD")) {
          return true;
        }
      }
      return false;
    }

    /** {@code two days ago}, {@code a year earlier}, {@code three weeks later}. */
    Hit shifted(int p, int end, int n, String unit, String direction) {
      Hit hit = shiftedUnmarked(p, end, n, unit, direction);
      return hit == null ? null : hit.asShifted();
    }

    private Hit shiftedUnmarked(int p, int end, int n, String unit, String direction) {
      boolean ago = direction.equals("ago");
      int to = direction.equals("from") ? end + 2 : end + 1;
      if (n < 0) {
        return date(p, to, ago || direction.equals("earlier") || direction.equals("before") ? "PAST_REF"
            : "FUTURE_REF", null, false);
      }
      if (direction.equals("before") || direction.equals("after")) {
        return duration(p, end, durationValue(n, unit));
      }
      boolean back = ago || direction.equals("earlier");
      LocalDate anchor;
      String anchorGranularity;
      if (ago || direction.equals("from") || direction.equals("hence")) {
        anchor = dct;
        anchorGranularity = "day";
      } else {
        anchor = doc.lastDate != null ? doc.lastDate : dct;
        anchorGranularity = doc.lastDate != null ? doc.lastGranularity : "day";
      }
      if (anchor == null) {
        return date(p, to, null, null, false);
      }
      int sign = back ? -1 : 1;
      String anchorText = anchor.toString();
      if (unit.equals("Y") && (quarterContext() || "quarter".equals(anchorGranularity))) {
        int y = doc.lastQuarterSentence >= 0 && quarterContext() ? doc.lastQuarterYear : anchor.getYear();
        int q = quarterContext() ? doc.lastQuarter : (anchor.getMonthValue() + 2) / 3;
        return new Hit(p, to, TimeType.DATE, year(y + sign * n) + "-Q" + q, anchorText, "quarter", true);
      }
      return switch (unit) {
        case "D" -> new Hit(p, to, TimeType.DATE, day(anchor.plusDays((long) sign * n)), anchorText, "day", true);
        case "W", "2W" -> {
          LocalDate d = anchor.plusWeeks((long) sign * n * (unit.equals("2W") ? 2 : 1));
          yield ago ? new Hit(p, to, TimeType.DATE, week(d), anchorText, "week", true)
              : new Hit(p, to, TimeType.DATE, day(d), anchorText, "day", true);
        }
        case "M" -> {
          LocalDate d = anchor.plusMonths((long) sign * n);
          yield new Hit(p, to, TimeType.DATE, month(d.getYear(), d.getMonthValue()), anchorText, "month", true);
        }
        case "Y" -> new Hit(p, to, TimeType.DATE, year(anchor.getYear() + sign * n), anchorText, "year", true);
        case "DE" -> new Hit(p, to, TimeType.DATE,
            year(anchor.getYear() + sign * 10 * n).substring(0, 3) + "X", anchorText, "decade", true);
        case "TH", "TM", "TS" -> new Hit(p, to, TimeType.TIME, ago ? "PAST_REF" : null, anchorText, null, true);
        default -> date(p, to, back ? "PAST_REF" : "FUTURE_REF", null, false);
      };
    }

    boolean quarterContext() {
      return sentence - doc.lastQuarterSentence <= 6;
    }

    /** {@code 10:35 a.m.}, {@code 10 p.m. Wednesday}, {@code noon Thursday}, {@code 4 in the morning}. */
    Hit clock(int p) {
      int i = p;
      if ((w.key[i].equals("around") || w.key[i].equals("about") || w.key[i].equals("approximately"))
          && i + 1 < w.n) {
        i++;
      }
      String k = w.key[i];
      int hour;
      int minute = 0;
      boolean minutes = false;
      int end;
      if ((k.equals("noon") || k.equals("midday")) && !w.k(i - 1).equals("high")) {
        // "high noon" is the idiom (or the film), not a clock
        hour = 12;
        end = i + 1;
        minutes = true;
      } else if (k.equals("midnight")) {
        hour = 24;
        end = i + 1;
        minutes = true;
      } else {
        int colon = k.indexOf(':');
        if (colon > 0 && colon == k.length() - 3) {
          hour = digits(k.substring(0, colon));
          minute = digits(k.substring(colon + 1));
          minutes = true;
        } else {
          hour = digits(k);
          if (hour < 0) {
            Integer word = Lexicon.NUMBERS.get(k);
            hour = word == null || k.equals("a") || k.equals("an") ? -1 : word;
          }
        }
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
          return null;
        }
        end = i + 1;
        String ampm = w.k(end);
        if (ampm.equals("am") || ampm.equals("pm")) {
          if (hour > 12 || hour == 0) {
            return null;
          }
          if (ampm.equals("pm") && hour < 12) {
            hour += 12;
          } else if (ampm.equals("am") && hour == 12) {
            hour = 0;
          }
          end++;
        } else if (ampm.equals("o'clock")) {
          end++;
        } else if (ampm.equals("in") && w.k(end + 1).equals("the") && Lexicon.PARTS_OF_DAY.containsKey(w.k(end + 2))) {
          String part = w.k(end + 2);
          if ((part.equals("afternoon") || part.equals("evening") || part.equals("night")) && hour < 12) {
            hour += 12;
          }
          end += 3;
        } else if (!minutes || i != p && !Character.isDigit(k.charAt(0))) {
          return null;
        } else if (colon(k) && !w.pos[i].equals("CD")) {
          return null;
        }
      }
      if (Lexicon.ZONES.contains(w.k(end))) {
        end++;
      }
      // a day after the clock: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6"; else the day named in
      // this sentence or the one before ("The blast came Friday. It hit at 10:35 a.m."), else publication
      LocalDate date = dct;
      String anchor = doc.dctText;
      if (doc.lastDay != null && sentence - doc.lastDaySentence <= 1) {
        date = doc.lastDay;
        anchor = date.toString();
      }
      boolean relative = true;
      int dayStart = w.k(end).equals(",") ? end + 1 : end;
      boolean aside = false;
      if (w.k(dayStart).equals("-lrb-") || w.k(dayStart).equals("(")) {
        // "10:35 a.m. (0735 GMT) Friday": the day after the other zone's clock
        for (int close = dayStart + 1; close < Math.min(w.n, dayStart + 8); close++) {
          if (w.key[close].equals(")") || w.key[close].equals("-rrb-")) {
            dayStart = close + 1;
            aside = true;
            break;
          }
        }
      }
      // the clock and its day are one phrase: its preposition ("until 9 a.m. Tuesday") decides the tense
      phraseStart = p;
      // a clock at the end of the sentence, or a parenthesis closing it, has no day after it
      Hit day = dayStart >= w.n ? null
          : longer(weekday(dayStart), longer(monthExpr(dayStart), deictic(dayStart, false)));
      phraseStart = -1;
      if (day != null && day.granularity() != null && day.granularity().equals("day") && day.value() != null
          && day.value().length() == 10 && day.value().indexOf('X') < 0) {
        date = LocalDate.parse(day.value());
        relative = day.anchor() != null;
        anchor = day.anchor();
        // a day after a parenthesis dates the clock but is an expression of its own
        end = aside ? end : day.to();
      } else if (w.k(end).equals("today") || w.k(end).equals("tonight")) {
        date = dct;
        anchor = doc.dctText;
        end++;
      }
      String time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
      String value = date == null ? "XXXX-XX-XX" + time : date + time;
      return new Hit(p, end, TimeType.TIME, value, relative ? anchor : null, "time", true);
    }

    private static boolean colon(String k) {
      return k.indexOf(':') > 0;
    }

    /** {@code Monday}, {@code Wednesday night}, {@code Friday, Jan. 7}, {@code Saturday and Sunday}. */
    Hit weekday(int p) {
      return weekday(p, 0);
    }

    Hit weekday(int p, int strict) {
      if (p < 0 || p >= w.n) {
        return null;
      }
      String k = w.key[p];
      boolean plural = false;
      Integer dow = Lexicon.WEEKDAYS.get(k);
      if (dow == null && k.endsWith("s") && k.length() > 6) {
        dow = Lexicon.WEEKDAYS.get(k.substring(0, k.length() - 1));
        plural = dow != null;
      }
      if (dow == null || k.length() < 6 || !w.capitalized(p)) {
        return null;
      }
      int end = p + 1;
      String part = Lexicon.PARTS_OF_DAY.get(w.k(end));
      if (plural) {
        if (part != null) {
          end++;
        }
        return new Hit(p, end, TimeType.SET, "XXXX-WXX-" + dow + (part == null ? "" : "T" + part), null, null, true);
      }
      // "Wednesday, Jan. 5" or "Wednesday Jan. 5, 2000": the explicit date decides
      int after = w.k(end).equals(",") ? end + 1 : end;
      Hit explicit = monthExpr(after);
      if (explicit != null && "day".equals(explicit.granularity())) {
        return new Hit(p, explicit.to(), explicit.type(), explicit.value(), explicit.anchor(), "day", true);
      }
      if (part != null) {
        end++;
      }
      String value;
      LocalDate date = null;
      if (dct == null) {
        value = "XXXX-WXX-" + dow;
      } else {
        if (strict == 0 && lastWeekdayDate != null && p - lastWeekdayEnd <= 2 && p - lastWeekdayEnd >= 1
            && RANGE_JOINERS.contains(w.k(p - 1))) {
          int prev = lastWeekdayDate.getDayOfWeek().getValue();
          date = lastWeekdayDate.plusDays((dow - prev + 7) % 7);
        } else {
          date = weekdayDate(dow, tense(p, end), strict);
        }
        value = day(date);
      }
      lastWeekdayEnd = part != null ? end - 1 : end;
      lastWeekdayDate = date;
      if (part != null) {
        // "Wednesday night" is a part of that day: a TIME, as "yesterday morning" is
        return new Hit(p, end, TimeType.TIME, value + "T" + part, doc.dctText, "time", true);
      }
      return new Hit(p, end, TimeType.DATE, value, doc.dctText, dct == null ? null : "day", true);
    }

    /** The month at {@code i}, or 0: capitalised, and {@code May} or {@code March} only before a number. */
    int monthAt(int i) {
      if (i >= w.n) {
        return 0;
      }
      Integer m = Lexicon.MONTHS.get(w.key[i]);
      if (m == null || !w.capitalized(i)) {
        return 0;
      }
      String k = w.key[i];
      if ((k.equals("may") || k.equals("march")) && !w.pos[i].startsWith("NNP")) {
        return number(i + 1) == null ? 0 : m;
      }
      if (k.equals("march") && ((w.k(i + 1).equals("for") || w.k(i + 1).equals("against")) && w.capitalized(i + 2)
          || w.k(i + 1).equals("of") && w.k(i + 2).equals("the") && w.capitalized(i + 3))) {
        // "the annual March for Life", "the March of the Combatant Mothers": a named march, unlike "in March for
        // health reasons"
        return 0;
      }
      if (k.length() == 3 && !w.word[i].endsWith(".") && !k.equals("may") && w.pos[i].startsWith("VB")) {
        return 0;
      }
      return m;
    }

    int dayAt(int i) {
      String k = w.k(i);
      if (k.isEmpty()) {
        return -1;
      }
      int d = k.length() <= 2 ? digits(k) : ordinal(k);
      return d >= 1 && d <= 31 ? d : -1;
    }

    int yearAt(int i) {
      String k = w.k(i);
      if (k.length() != 4) {
        return -1;
      }
      int y = digits(k);
      return y >= 1000 && y <= 2199 ? y : -1;
    }

    /**
     * A year written in words, as broadcast transcripts have them: {@code nineteen ninety-six}, {@code two
     * thousand}, {@code two thousand and one}: {year, end}, or null.
     */
    int[] spelledYear(int i) {
      String k = w.k(i);
      Integer first = Lexicon.NUMBERS.get(k);
      if (first == null) {
        return null;
      }
      if (first >= 11 && first <= 20 && !k.equals("twenty")) {
        // "nineteen ninety-six", "nineteen oh five" is rarer than a count, and is left out
        int[] rest = tens(i + 1);
        return rest == null ? null : new int[] {first * 100 + rest[0], rest[1]};
      }
      if (first == 2 && w.k(i + 1).equals("thousand")) {
        int end = i + 2;
        int j = w.k(end).equals("and") ? end + 1 : end;
        Integer unit = Lexicon.NUMBERS.get(w.k(j));
        if (unit != null && unit >= 1 && unit <= 19 && !w.k(j).equals("a") && !w.k(j).equals("an")) {
          return new int[] {2000 + unit, j + 1};
        }
        // "two thousand people": a year only when nothing countable follows
        return w.pos.length > end && end < w.n && w.pos[end].startsWith("NN") ? null : new int[] {2000, end};
      }
      return null;
    }

    /** {@code ninety-six}, {@code seventy}: {value 20..99, end}, or null. */
    private int[] tens(int i) {
      Integer t = Lexicon.NUMBERS.get(w.k(i));
      if (t == null || t < 20 || t % 10 != 0 || t > 90) {
        return null;
      }
      if (w.k(i + 1).equals("-")) {
        Integer unit = Lexicon.NUMBERS.get(w.k(i + 2));
        if (unit != null && unit >= 1 && unit <= 9 && !w.k(i + 2).equals("a") && !w.k(i + 2).equals("an")) {
          return new int[] {t + unit, i + 3};
        }
      }
      Integer unit = Lexicon.NUMBERS.get(w.k(i + 1));
      if (unit != null && unit >= 1 && unit <= 9 && !w.k(i + 1).equals("a") && !w.k(i + 1).equals("an")) {
        return new int[] {t + unit, i + 2};
      }
      return new int[] {t, i + 1};
    }

    /** {@code Nov. 17, 1992}, {@code Aug. 7}, {@code June 1994}, {@code 17 November}, {@code August}. */
    Hit monthExpr(int p) {
      int m = monthAt(p);
      if (m > 0) {
        int d = dayAt(p + 1);
        if (d > 0 && yearAt(p + 1) < 0) {
          int end = p + 2;
          int y = w.k(end).equals(",") ? yearAt(end + 1) : yearAt(end);
          if (y > 0) {
            end = w.k(end).equals(",") ? end + 2 : end + 1;
            return validDay(p, end, y, m, d, false);
          }
          return dayOfMonth(p, end, m, d);
        }
        int end = p + 1;
        int yearIndex = w.k(end).equals(",") || w.k(end).equals("of") ? end + 1 : end;
        int y = yearAt(yearIndex);
        if (y > 0) {
          return date(p, yearIndex + 1, month(y, m), "month", false).withoutThe();
        }
        int[] spelled = spelledYear(yearIndex);
        if (spelled != null) {
          return date(p, spelled[1], month(spelled[0], m), "month", false).withoutThe();
        }
        if (dct == null) {
          return date(p, end, "XXXX-" + String.format(Locale.ROOT, "%02d", m), "month", false);
        }
        String rel = w.k(end);
        if ((rel.equals("last") || rel.equals("this") || rel.equals("next")) && w.k(end + 1).equals("year")) {
          int y2 = dct.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
          return date(p, end + 2, month(y2, m), "month", true);
        }
        if (w.capitalized(end) && !w.pos[end].equals("CD") && w.pos[end].startsWith("NNP") && w.word[p].length() <= 4
            && !w.word[p].endsWith(".")) {
          return null;
        }
        Tense tense = tense(p, end);
        int year = monthYear(m, tense);
        int ahead = m - dct.getMonthValue();
        if (tense == Tense.PAST && ahead > 0 && ahead <= AHEAD_MONTHS) {
          // a past-tense clause puts a month later in the year in the last one only when it dates the past event
          // itself ("was arrested in September"); a month of a thing or a plan is the nearest ("told companies of
          // a cutback in September", "the first trading day for November transactions")
          Governor governor = governor();
          if (governor != null && !governor.datesPastEvent(w.token[p], w.token[end - 1])) {
            year = dct.getYear();
          }
        }
        return date(p, end, month(year, m), "month", true);
      }
      int d = dayAt(p);
      if (d > 0 && !w.k(p).contains(",")) {
        int q = w.k(p + 1).equals("of") ? p + 2 : p + 1;
        m = monthAt(q);
        if (m > 0) {
          int y = yearAt(q + 1);
          if (y > 0) {
            return validDay(p, q + 2, y, m, d, false);
          }
          return dayOfMonth(p, q + 1, m, d);
        }
      }
      return null;
    }

    private Hit validDay(int p, int end, int y, int m, int d, boolean relative) {
      try {
        return date(p, end, day(LocalDate.of(y, m, d)), "day", relative).withoutThe();
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }

    /** A day of a month without a year: the one nearest the publication date. */
    private Hit dayOfMonth(int p, int end, int m, int d) {
      if (dct == null) {
        return date(p, end, String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d), "day", false);
      }
      LocalDate best = null;
      Tense tense = tense(p, end);
      Governor governor = governor();
      boolean parsedPast = governor != null && governor.datesPastEvent(w.token[p], w.token[end - 1]);
      for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
        try {
          LocalDate c = LocalDate.of(y, m, d);
          long days = c.toEpochDay() - dct.toEpochDay();
          // the tense decides between last year's and next year's day; a day of the month ahead in the past
          // tense is impossible, one a few weeks back in the future tense is a deadline already passed; in a
          // past-tense clause one more than five months ahead is last year's ("sought since the Oct. 23 slaying",
          // six months before publication), while one a few weeks ahead is still a date to come ("payable Dec. 7")
          if (tense == Tense.FUTURE && days < -31 || parsedPast && days > 0 || tense == Tense.PAST && days > 150) {
            continue;
          }
          if (best == null || Math.abs(c.toEpochDay() - dct.toEpochDay())
              < Math.abs(best.toEpochDay() - dct.toEpochDay())) {
            best = c;
          }
        } catch (java.time.DateTimeException e) {
          // 29 February of a common year
        }
      }
      return best == null ? null : date(p, end, day(best), "day", true).withoutThe();
    }

    /** {@code 1990}, {@code fiscal 1989}, {@code the 1990s}, {@code '90s}, {@code the 20th century}. */
    Hit yearExpr(int p) {
      String k = w.key[p];
      if (k.equals("fiscal") || k.equals("fy")) {
        int i = w.k(p + 1).equals("year") ? p + 2 : p + 1;
        int y = yearAt(i);
        if (y < 0 && i == p + 2 && w.k(p - 1).equals("the")) {
          return currentYear(p, i);
        }
        return y > 0 ? date(p, i + 1, year(y), "year", false) : null;
      }
      if ((k.equals("full") || k.equals("current")) && w.k(p - 1).equals("the")) {
        int i = w.k(p + 1).equals("fiscal") ? p + 2 : p + 1;
        return w.k(i).equals("year") ? currentYear(p, i + 1) : null;
      }
      if (k.equals("year")) {
        // "by year-end", "by year's end", "since year end": the end of this year (TimeML: the year, mod END)
        int e = w.k(p + 1).equals("-") || w.k(p + 1).equals("'s") ? p + 2 : p + 1;
        if (w.k(e).equals("end") && !(e + 1 < w.n && w.pos[e + 1].startsWith("NN"))) {
          if (dct == null) {
            return date(p, e + 1, null, "year", false);
          }
          int y = w.k(p - 1).equals("since") ? dct.getYear() - 1 : dct.getYear();
          return date(p, e + 1, year(y), "year", true);
        }
      }
      int[] spelled = k.equals("year") && w.k(p - 1).equals("the") ? spelledYear(p + 1) : spelledYear(p);
      if (spelled != null) {
        return date(p, spelled[1], year(spelled[0]), "year", false);
      }
      int y = yearAt(p);
      if (y > 0 && digits(w.word[p]) == y) {
        String prev = w.k(p - 1);
        String next = w.k(p + 1);
        if (prev.equals("$") || prev.equals("#") || prev.equals("no") || next.equals("%") || next.equals("percent")
            || next.equals(":") || next.equals("-") && Character.isDigit(w.k(p + 2).isEmpty() ? 'x'
                : w.k(p + 2).charAt(0)) && w.k(p + 2).length() != 2 && w.k(p + 2).length() != 4) {
          return null;
        }
        if (next.equals("'s") && y % 10 == 0 && (prev.equals("the") || prev.equals("-")
            || Lexicon.MODIFIERS.contains(prev))) {
          // "the 1990's" is the decade; "1990's budget" the year's
          return date(p, p + 2, year(y).substring(0, 3) + "X", "decade", false);
        }
        return date(p, p + 1, year(y), "year", false).withoutThe();
      }
      // decades; "in his 30s" is an age
      if (k.endsWith("s") && k.length() >= 3 && !(w.k(p - 2).equals("in") && Lexicon.POSSESSIVES.contains(w.k(p - 1))
          && Character.isDigit(k.charAt(0)) && k.length() <= 4)) {
        String body = k.substring(0, k.length() - 1);
        if (body.startsWith("'")) {
          body = body.substring(1);
        }
        if (body.endsWith("'")) {
          body = body.substring(0, body.length() - 1);
        }
        int n = digits(body);
        if (n >= 0 && body.length() == 4 && n % 10 == 0 && n >= 1000) {
          return date(p, p + 1, year(n).substring(0, 3) + "X", "decade", false);
        }
        if (n >= 0 && body.length() == 2 && n % 10 == 0) {
          int century = n >= 30 ? 19 : 20;
          return date(p, p + 1, century + body.substring(0, 1) + "X", "decade", false);
        }
      }
      Integer decade = Lexicon.DECADE_WORDS.get(k);
      if (decade != null && p > 0 && (w.key[p - 1].equals("the") || Lexicon.MODIFIERS.contains(w.key[p - 1])
          || w.key[p - 1].equals("-"))) {
        return date(p, p + 1, "19" + decade + "X", "decade", false);
      }
      int ord = ordinal(k);
      if (ord > 0 && ord <= 22 && w.k(p + 1).equals("-") && w.k(p + 2).equals("century")) {
        return date(p, p + 3, String.format(Locale.ROOT, "%02d", ord - 1), "century", false);
      }
      if (ord > 0 && ord <= 22 && w.k(p + 1).equals("century")) {
        return date(p, p + 2, String.format(Locale.ROOT, "%02d", ord - 1), "century", false);
      }
      return null;
    }

    /** {@code the fiscal year}, {@code the full year}, {@code the current fiscal year}: this year, or its length. */
    private Hit currentYear(int p, int end) {
      if (endsOnADate(end)) {
        return duration(p, end, "P1Y");
      }
      return dct == null ? date(p, end, null, "year", false) : date(p, end, year(dct.getYear()), "year", true);
    }

    /** {@code the third quarter}, {@code third-quarter}, {@code the fiscal first quarter of 1990}, {@code the quarter}. */
    Hit quarter(int p, boolean the) {
      int i = p;
      int year = -1;
      int yearShift = Integer.MIN_VALUE;
      boolean anaphoric = false;
      int y = yearAt(i);
      if (y > 0 && !w.k(i + 1).equals("-")) {
        year = y;
        i++;
      } else if (y > 0 && w.k(i + 1).equals("-") && ordinal(w.k(i + 2)) < 0) {
        return null;
      } else if ((w.key[i].equals("this") || w.key[i].equals("last") || w.key[i].equals("next"))
          && w.k(i + 1).equals("year") && w.k(i + 2).equals("'s")) {
        yearShift = w.key[i].equals("this") ? 0 : w.key[i].equals("last") ? -1 : 1;
        i += 3;
      } else if ((w.key[i].equals("year") && w.k(i + 1).equals("-")
          && (w.k(i + 2).equals("ago") || w.k(i + 2).equals("earlier")))) {
        anaphoric = true;
        i += 3;
      }
      if (w.k(i).equals("fiscal")) {
        i++;
      }
      int ord = ordinal(w.k(i));
      String which = null;
      if (ord < 0) {
        String k = w.k(i);
        if (k.equals("latest") || k.equals("current") || k.equals("same") || k.equals("previous")
            || k.equals("last") || k.equals("this") || k.equals("next") || k.equals("coming")) {
          which = k;
          i++;
          if (k.equals("latest") || k.equals("current") || k.equals("same")) {
            if (!the) {
              return null;
            }
          }
        } else if (k.equals("most") && w.k(i + 1).equals("recent") && the) {
          which = "latest";
          i += 2;
        }
        if (w.k(i).equals("fiscal")) {
          i++;
        }
      } else {
        i++;
        if (w.k(i).equals("-")) {
          i++;
        }
        if (w.k(i).equals("fiscal")) {
          i++;
        }
      }
      String unit = w.k(i);
      boolean half = unit.equals("half");
      if (anaphoric && ord < 0 && which == null && !unit.equals("quarter")) {
        int qy = quarterContext() ? doc.lastQuarterYear : dct == null ? -1 : dct.getYear();
        if (qy < 0) {
          return date(p, unit.equals("period") ? i + 1 : i, null, "quarter", false);
        }
        int end = unit.equals("period") ? i + 1 : i;
        if (!quarterContext()) {
          return new Hit(p, end, TimeType.DATE, year(qy - 1), doc.dctText, "year", true, true);
        }
        return new Hit(p, end, TimeType.DATE, year(qy - 1) + "-Q" + doc.lastQuarter, doc.dctText, "quarter", true,
            true);
      }
      if (year > 0 && the && ord < 0 && which == null && (unit.equals("quarter") || unit.equals("period"))
          && quarterContext()) {
        // "the 1988 period", "the 1988 quarter" in a report on quarters: that year's quarter of the report
        return date(p, i + 1, year(year) + "-Q" + doc.lastQuarter, "quarter", false).asShifted();
      }
      if (!unit.equals("quarter") && !half) {
        return null;
      }
      if (ord < 0 && which == null && !the && !anaphoric) {
        return null;
      }
      if (half && (ord < 1 || ord > 2)) {
        return null;
      }
      if (!half && ord > 4) {
        return null;
      }
      int end = i + 1;
      // "of 1990", "of fiscal 1990", "of next year", ", 1990"
      int j = end;
      if (w.k(j).equals("of") || w.k(j).equals(",")) {
        j++;
        if (w.k(j).equals("fiscal")) {
          j++;
        }
        if (w.k(j).equals("the")) {
          j++;
        }
        int explicit = yearAt(j);
        if (explicit > 0) {
          year = explicit;
          end = j + 1;
        } else if ((w.k(j).equals("this") || w.k(j).equals("last") || w.k(j).equals("next"))
            && w.k(j + 1).equals("year")) {
          yearShift = w.k(j).equals("this") ? 0 : w.k(j).equals("last") ? -1 : 1;
          end = j + 2;
        }
      } else if (yearAt(j) > 0 && year < 0) {
        year = yearAt(j);
        end = j + 1;
      }
      if (year < 0 && dct == null && yearShift == Integer.MIN_VALUE && !anaphoric) {
        String v = ord > 0 ? "XXXX-" + (half ? "H" : "Q") + ord : null;
        return date(p, end, v, half ? "half" : "quarter", false);
      }
      if (year < 0 && dct == null) {
        return date(p, end, null, half ? "half" : "quarter", false);
      }
      int q;
      if (ord > 0) {
        q = ord;
        if (year < 0) {
          if (yearShift != Integer.MIN_VALUE) {
            year = dct.getYear() + yearShift;
          } else if (anaphoric) {
            year = (quarterContext() ? doc.lastQuarterYear : dct.getYear()) - 1;
          } else {
            int current = half ? (dct.getMonthValue() + 5) / 6 : (dct.getMonthValue() + 2) / 3;
            year = q > current && tense(p, end) == Tense.PAST ? dct.getYear() - 1 : dct.getYear();
          }
        }
        String v = year(year) + (half ? "-H" : "-Q") + q;
        return date(p, end, v, half ? "half" : "quarter", true);
      }
      if (half) {
        return null;
      }
      int current = dct == null ? 1 : (dct.getMonthValue() + 2) / 3;
      int baseYear = year > 0 ? year : dct.getYear();
      int index;
      if (anaphoric) {
        int qy = quarterContext() ? doc.lastQuarterYear : dct.getYear();
        int qq = quarterContext() ? doc.lastQuarter : Math.max(1, current - 1);
        return date(p, end, year(qy - 1) + "-Q" + qq, "quarter", true).asShifted();
      }
      if (which == null || which.equals("latest") || which.equals("same")) {
        index = baseYear * 4 + current - 2;
        if (quarterContext() && year < 0) {
          int named = doc.lastQuarterYear * 4 + doc.lastQuarter - 1;
          // "the latest quarter" has ended: a fiscal quarter named ahead of publication is not it
          if (which == null || named <= index || dct == null) {
            return date(p, end, year(doc.lastQuarterYear) + "-Q" + doc.lastQuarter, "quarter", true);
          }
        }
      } else if (which.equals("this") || which.equals("current")) {
        index = baseYear * 4 + current - 1;
      } else if (which.equals("last") || which.equals("previous")) {
        index = baseYear * 4 + current - 2;
      } else {
        index = baseYear * 4 + current;
      }
      return date(p, end, year(index / 4) + "-Q" + (index % 4 + 1), "quarter", true);
    }

    /**
     * {@code this week}, {@code last year}, {@code next month}, {@code last Monday}, {@code the weekend}, {@code the
     * next day}, {@code this century}.
     */
    Hit relative(int p, boolean the) {
      String k = w.key[p];
      int shift;
      boolean anaphoric = false;
      switch (k) {
        case "this", "current", "coming", "same", "that" -> shift = k.equals("coming") ? 1 : 0;
        case "last", "past", "previous" -> shift = -1;
        case "next", "following" -> shift = 1;
        case "weekend" -> {
          return weekend(p, p + 1, 0, the);
        }
        default -> {
          return null;
        }
      }
      if (k.equals("following") || k.equals("previous") || k.equals("same") || k.equals("that")
          || (k.equals("next") && the)) {
        anaphoric = true;
      }
      if (k.equals("that") && (doc.lastDate == null || the || !finerThan(doc.lastGranularity, w.k(p + 1)))) {
        // "that year" points back at a date of the text at least as fine; "that day" after "in 1987" says nothing
        return null;
      }
      int u = p + 1;
      if (u >= w.n) {
        return null;
      }
      if (w.key[u].equals("fiscal") && w.k(u + 1).equals("year")) {
        // "the next fiscal year", "last fiscal year": counted as calendar years from publication
        u++;
      }
      String unit = w.key[u];
      if (unit.equals("weekend")) {
        return weekend(p, u + 1, k.equals("this") ? 0 : shift, the);
      }
      Integer dow = Lexicon.WEEKDAYS.get(unit);
      if (dow != null && !anaphoric) {
        Hit day = weekday(u, k.equals("this") ? 0 : shift);
        return day == null ? null : day.from(p);
      }
      if (dow != null && (k.equals("previous") || k.equals("following")) && w.capitalized(u)) {
        // "down 4.5% from the previous Friday": the one before the day the text is about
        LocalDate base = doc.lastDate != null && "day".equals(doc.lastGranularity) ? doc.lastDate : dct;
        if (base == null) {
          return date(p, u + 1, null, "day", false);
        }
        int today = base.getDayOfWeek().getValue();
        LocalDate d = shift < 0 ? base.minusDays((today - dow + 6) % 7 + 1) : base.plusDays((dow - today + 6) % 7 + 1);
        return new Hit(p, u + 1, TimeType.DATE, day(d), base.toString(), "day", true);
      }
      if (k.equals("this") || k.equals("last") || k.equals("next")) {
        int m = monthAt(u);
        if (m > 0) {
          int d = dayAt(u + 1);
          if (d > 0 && yearAt(u + 1) < 0 && !k.equals("this")) {
            // "last Oct. 23": the latest such day before publication; "next March 5" the first after
            if (dct == null) {
              return date(p, u + 2, String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d), "day", false);
            }
            for (int y = dct.getYear() + (k.equals("last") ? 0 : 1); ; y += k.equals("last") ? -1 : 1) {
              try {
                LocalDate c = LocalDate.of(y, m, d);
                if (k.equals("last") ? c.isBefore(dct) : c.isAfter(dct)) {
                  return date(p, u + 2, day(c), "day", true);
                }
              } catch (java.time.DateTimeException e) {
                // 29 February: look at the year before or after
              }
              if (Math.abs(y - dct.getYear()) > 8) {
                return null;
              }
            }
          }
          if (dct == null) {
            return date(p, u + 1, null, "month", false);
          }
          int y = dct.getYear();
          int current = dct.getMonthValue();
          if (k.equals("last")) {
            // the month just ended is "last month"; "last February" written in March is a year earlier
            y = m < current - 1 ? y : y - 1;
          } else if (k.equals("next")) {
            y = m > current ? y : y + 1;
          }
          return date(p, u + 1, month(y, m), "month", true);
        }
        if (k.equals("last") && unit.equals("night")) {
          return dct == null ? time(p, u + 1, null) : time(p, u + 1, day(dct.minusDays(1)) + "TNI");
        }
        if (k.equals("this") && Lexicon.PARTS_OF_DAY.containsKey(unit) && !unit.equals("overnight")) {
          return dct == null ? time(p, u + 1, null) : time(p, u + 1, dct + "T" + Lexicon.PARTS_OF_DAY.get(unit));
        }
      }
      if (Lexicon.SEASONS.containsKey(unit)) {
        return null;
      }
      String granule = switch (unit) {
        case "day", "week", "month", "year", "decade", "century" -> unit;
        default -> null;
      };
      if (granule == null) {
        return null;
      }
      int end = u + 1;
      if (w.k(end).equals("-")) {
        return null;
      }
      boolean past = k.equals("past") || k.equals("coming") || (k.equals("last") && the);
      if (past && !granule.equals("day")) {
        return duration(p, end, durationValue(1, Lexicon.UNITS.get(unit)));
      }
      LocalDate base;
      if (anaphoric) {
        base = doc.lastDate != null ? doc.lastDate : dct;
        if (granule.equals("day") && k.equals("same") && doc.lastDate == null) {
          return null;
        }
      } else {
        base = dct;
      }
      if (base == null) {
        return date(p, end, null, granule, false);
      }
      String anchor = base.toString();
      return switch (granule) {
        case "day" -> {
          if (!anaphoric) {
            yield null;
          }
          if (doc.lastDate != null && !"day".equals(doc.lastGranularity)) {
            // "that same day" after "in October 1998": a day of that month, which the text does not name
            String known = "month".equals(doc.lastGranularity)
                ? month(base.getYear(), base.getMonthValue()) : year(base.getYear()) + "-XX";
            yield new Hit(p, end, TimeType.DATE, known + "-XX", anchor, "day", true).asShifted();
          }
          yield new Hit(p, end, TimeType.DATE, day(base.plusDays(shift)), anchor, "day", true);
        }
        case "week" -> new Hit(p, end, TimeType.DATE, week(base.plusWeeks(shift)), anchor, "week", true);
        case "month" -> {
          LocalDate d = base.plusMonths(shift);
          yield new Hit(p, end, TimeType.DATE, month(d.getYear(), d.getMonthValue()), anchor, "month", true);
        }
        case "year" -> new Hit(p, end, TimeType.DATE, year(base.getYear() + shift), anchor, "year", true);
        case "decade" -> new Hit(p, end, TimeType.DATE, year(base.getYear() + 10 * shift).substring(0, 3) + "X",
            anchor, "decade", true);
        default -> new Hit(p, end, TimeType.DATE, String.format(Locale.ROOT, "%02d", base.getYear() / 100 + shift),
            anchor, "century", true);
      };
    }

    /** Whether a date of granularity {@code have} names a unique {@code unit}: a day names its year, not vice versa. */
    private static boolean finerThan(String have, String unit) {
      List<String> order = List.of("day", "week", "month", "quarter", "year");
      int h = order.indexOf(have);
      int u = order.indexOf(unit);
      return h >= 0 && u >= 0 && (h <= u && !(have.equals("week") && unit.equals("month")));
    }

    /** {@code the weekend}, {@code last weekend}: the one before the publication date unless the verb is future. */
    Hit weekend(int p, int end, int shift, boolean the) {
      if (dct == null) {
        return date(p, end, null, "week", false);
      }
      Tense tense = shift < 0 ? Tense.PAST : shift > 0 ? Tense.FUTURE : tense(p, end);
      int dow = dct.getDayOfWeek().getValue();
      LocalDate day;
      if (dow >= 6) {
        day = shift == 0 ? dct : dct.plusWeeks(shift);
      } else if (tense == Tense.FUTURE) {
        day = dct.plusDays(6 - dow);
      } else {
        day = dct.minusDays(dow);
      }
      return date(p, end, week(day) + "-WE", "week", true);
    }

    Hit time(int from, int to, String value) {
      return new Hit(from, to, TimeType.TIME, value, value == null ? null : doc.dctText, "time", true);
    }

    /** {@code today}, {@code yesterday morning}, {@code tonight}, {@code now}, {@code recently}, {@code the past}. */
    Hit deictic(int p, boolean the) {
      String k = w.key[p];
      int offset;
      switch (k) {
        case "today" -> offset = 0;
        case "yesterday" -> offset = -1;
        case "tomorrow" -> offset = 1;
        case "tonight" -> {
          return dct == null ? time(p, p + 1, null) : time(p, p + 1, dct + "TNI");
        }
        default -> {
          return presentRef(p, the);
        }
      }
      if (w.k(p + 1).equals("'s")) {
        return dct == null ? date(p, p + 1, null, "day", false)
            : new Hit(p, p + 1, TimeType.DATE, day(dct.plusDays(offset)), doc.dctText, "day", false);
      }
      String part = Lexicon.PARTS_OF_DAY.get(w.k(p + 1));
      if (part != null && !w.k(p + 1).equals("overnight")) {
        return dct == null ? time(p, p + 2, null) : time(p, p + 2, day(dct.plusDays(offset)) + "T" + part);
      }
      return dct == null ? new Hit(p, p + 1, TimeType.DATE, null, null, "day", false)
          : new Hit(p, p + 1, TimeType.DATE, day(dct.plusDays(offset)), doc.dctText, "day", false);
    }

    Hit presentRef(int p, boolean the) {
      String k = w.key[p];
      if (the) {
        if (k.equals("past") || k.equals("present") || k.equals("future")) {
          String v = k.equals("past") ? "PAST_REF" : k.equals("present") ? "PRESENT_REF" : "FUTURE_REF";
          return new Hit(p, p + 1, TimeType.DATE, v, null, null, true);
        }
        if ((k.equals("near") || k.equals("distant") || k.equals("foreseeable"))
            && w.k(p + 1).equals("future")) {
          return new Hit(p, p + 2, TimeType.DATE, "FUTURE_REF", null, null, true);
        }
        return null;
      }
      if (k.equals("right") && w.k(p + 1).equals("now")) {
        return new Hit(p, p + 2, TimeType.DATE, "PRESENT_REF", null, null, false);
      }
      if (k.equals("these") && w.k(p + 1).equals("days")) {
        return new Hit(p, p + 2, TimeType.DATE, "PRESENT_REF", null, null, false);
      }
      if (k.equals("then") && (w.k(p + 1).equals("current") && currentNow(p + 1)
          || w.k(p + 1).equals("-") && w.k(p + 2).equals("current") && currentNow(p + 2))) {
        // "the then current market price": the present of a past moment
        return new Hit(p, w.k(p + 1).equals("-") ? p + 3 : p + 2, TimeType.DATE, "PAST_REF", null, null, false);
      }
      String v = Lexicon.PRESENT.get(k);
      if (v == null) {
        return null;
      }
      if (k.equals("future") && !w.pos[p].startsWith("NN")) {
        return null;
      }
      if (k.equals("current") && !currentNow(p)) {
        return null;
      }
      return new Hit(p, p + 1, TimeType.DATE, v, null, null, false);
    }

    /**
     * Whether {@code current} at {@code p} means the present time ({@code current market conditions}, TimeML's
     * {@code PRESENT_REF}): the adjective, not the noun ({@code a current of air}), not part of a period it names
     * ({@code the current quarter}, read as that period) and not the accounting sense ({@code current assets}).
     */
    boolean currentNow(int p) {
      String next = w.k(p + 1);
      return w.pos[p].equals("JJ") && !Lexicon.UNITS.containsKey(next) && !next.equals("fiscal")
          && !next.equals("-") && !next.equals("period") && !Lexicon.ACCOUNTING.contains(next)
          && !Lexicon.SEASONS.containsKey(next)
          && Lexicon.PARTS_OF_DAY.get(next) == null;
    }

    /** {@code this summer}, {@code last fall}, {@code summer 1998}, {@code the spring of 1990}. */
    Hit season(int p, boolean the) {
      int i = p;
      String k = w.key[i];
      int shift = Integer.MIN_VALUE;
      if (k.equals("this") || k.equals("last") || k.equals("next") || k.equals("early") || k.equals("late")) {
        shift = k.equals("last") ? -1 : k.equals("next") ? 1 : 0;
        i++;
        if (k.equals("this") && (w.k(i).equals("past") || w.k(i).equals("coming"))) {
          // "this past spring" is the last one, "this coming winter" the next
          shift = w.k(i).equals("past") ? -1 : 1;
          i++;
        }
      }
      String season = Lexicon.SEASONS.get(w.k(i));
      if (season == null) {
        return null;
      }
      if (w.key[i].equals("fall") && !w.pos[i].startsWith("NN")) {
        return null;
      }
      int end = i + 1;
      int j = w.k(end).equals("of") ? end + 1 : end;
      int y = yearAt(j);
      if (y > 0) {
        return date(p, j + 1, year(y) + "-" + season, "season", false);
      }
      int[] spelled = spelledYear(j);
      if (spelled != null && j > end) {
        return date(p, spelled[1], year(spelled[0]) + "-" + season, "season", false);
      }
      if (shift == Integer.MIN_VALUE && !the) {
        return null;
      }
      if (dct == null) {
        return date(p, end, null, "season", false);
      }
      int startMonth = switch (season) {
        case "SP" -> 3;
        case "SU" -> 6;
        case "FA" -> 9;
        default -> 12;
      };
      int year = dct.getYear();
      int m = dct.getMonthValue();
      if (shift == -1) {
        year = m >= startMonth + 3 ? year : year - 1;
      } else if (shift == 1) {
        year = m < startMonth ? year : year + 1;
      } else if (shift == Integer.MIN_VALUE && tense(p, end) == Tense.PAST && m < startMonth) {
        year = year - 1;
      }
      return date(p, end, year(year) + "-" + season, "season", true);
    }

    /** {@code Christmas}, {@code Thanksgiving Day}, {@code New Year's Day}. */
    Hit holiday(int p) {
      String k = w.key[p];
      int end;
      int month;
      int dayOfMonth;
      int offset = 0;
      boolean week = false;
      switch (k) {
        case "christmas" -> {
          end = p + 1;
          month = 12;
          dayOfMonth = 25;
          if (w.k(end).equals("eve")) {
            dayOfMonth = 24;
            end++;
          } else if (w.k(end).equals("day")) {
            end++;
          }
        }
        case "thanksgiving" -> {
          end = w.k(p + 1).equals("day") ? p + 2 : p + 1;
          month = 11;
          dayOfMonth = -4;
        }
        case "new" -> {
          if (!w.k(p + 1).equals("year") || !w.k(p + 2).equals("'s") || !w.capitalized(p)) {
            return null;
          }
          end = p + 3;
          month = 1;
          dayOfMonth = 1;
          if (w.k(end).equals("day")) {
            end++;
          } else if (w.k(end).equals("eve")) {
            month = 12;
            dayOfMonth = 31;
            end++;
          } else {
            return null;
          }
        }
        case "halloween" -> {
          end = p + 1;
          month = 10;
          dayOfMonth = 31;
        }
        case "easter" -> {
          // Easter Sunday; "Easter week" is the week it ends (Holy Week), as an ISO week
          end = w.k(p + 1).equals("sunday") ? p + 2 : p + 1;
          month = 3;
          dayOfMonth = EASTER;
          if (w.k(end).equals("week") && end == p + 1) {
            week = true;
            end++;
          }
        }
        case "good" -> {
          if (!w.k(p + 1).equals("friday") || !w.capitalized(p + 1)) {
            return null;
          }
          end = p + 2;
          month = 3;
          dayOfMonth = EASTER;
          offset = -2;
        }
        case "election" -> {
          // the United States' Election Day: the Tuesday after the first Monday of November
          if (!w.k(p + 1).equals("day") || !w.capitalized(p + 1)) {
            return null;
          }
          end = p + 2;
          month = 11;
          dayOfMonth = ELECTION_DAY;
        }
        default -> {
          return null;
        }
      }
      if (!w.capitalized(p)) {
        return null;
      }
      int y = yearAt(w.k(end).equals(",") ? end + 1 : end);
      if (y > 0) {
        end = w.k(end).equals(",") ? end + 2 : end + 1;
      }
      if (y < 0 && dct == null) {
        return date(p, end, dayOfMonth > 0 ? String.format(Locale.ROOT, "XXXX-%02d-%02d", month, dayOfMonth) : null,
            week ? "week" : "day", false);
      }
      boolean relative = y < 0;
      int year = y > 0 ? y : dct.getYear();
      // a week has begun once its Monday is past
      int lead = week ? -6 : 0;
      LocalDate d = holidayDate(year, month, dayOfMonth).plusDays(offset);
      if (relative) {
        Tense tense = tense(p, end);
        if (tense == Tense.PAST && d.plusDays(lead).isAfter(dct)) {
          d = holidayDate(year - 1, month, dayOfMonth).plusDays(offset);
        } else if (tense == Tense.FUTURE && d.isBefore(dct)) {
          d = holidayDate(year + 1, month, dayOfMonth).plusDays(offset);
        }
      }
      return week ? date(p, end, week(d), "week", relative) : date(p, end, day(d), "day", relative);
    }

    /** Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus, Jones and Butcher). */
    static LocalDate easter(int year) {
      int a = year % 19;
      int b = year / 100;
      int c = year % 100;
      int d = b / 4;
      int e = b % 4;
      int f = (b + 8) / 25;
      int g = (b - f + 1) / 3;
      int h = (19 * a + b - d - g + 15) % 30;
      int i = c / 4;
      int k = c % 4;
      int l = (32 + 2 * e + 2 * i - h - k) % 7;
      int m = (a + 11 * h + 22 * l) / 451;
      int month = (h + l - 7 * m + 114) / 31;
      int day = (h + l - 7 * m + 114) % 31 + 1;
      return LocalDate.of(year, month, day);
    }

    private static LocalDate holidayDate(int year, int month, int dayOfMonth) {
      if (dayOfMonth > 0) {
        return LocalDate.of(year, month, dayOfMonth);
      }
      if (dayOfMonth == EASTER) {
        return easter(year);
      }
      if (dayOfMonth == ELECTION_DAY) {
        LocalDate first = LocalDate.of(year, month, 1);
        int toMonday = (DayOfWeek.MONDAY.getValue() - first.getDayOfWeek().getValue() + 7) % 7;
        return first.plusDays(toMonday + 1L);
      }
      // the n-th Thursday of the month
      LocalDate first = LocalDate.of(year, month, 1);
      int ahead = (DayOfWeek.THURSDAY.getValue() - first.getDayOfWeek().getValue() + 7) % 7;
      return first.plusDays(ahead + 7L * (-dayOfMonth - 1));
    }

    /** {@code daily}, {@code every week}, {@code each Thursday}, {@code per year}. */
    Hit set(int p) {
      String k = w.key[p];
      String adverb = Lexicon.SET_ADVERBS.get(k);
      if (adverb != null) {
        if (!w.pos[p].startsWith("RB") && !w.pos[p].startsWith("JJ") && !w.pos[p].isEmpty()) {
          return null;
        }
        return new Hit(p, p + 1, TimeType.SET, adverb, null, null, false);
      }
      if (!k.equals("every") && !k.equals("each") && !k.equals("per")) {
        return null;
      }
      int i = p + 1;
      int n = 1;
      if (w.k(i).equals("other")) {
        n = 2;
        i++;
      } else {
        int[] num = number(i);
        if (num != null && num[0] > 1 && Lexicon.UNITS.containsKey(w.k(num[1]))) {
          n = num[0];
          i = num[1];
        }
      }
      String unit = Lexicon.UNITS.get(w.k(i));
      if (unit != null) {
        return new Hit(p, i + 1, TimeType.SET, durationValue(n, unit), null, null, false);
      }
      Integer dow = Lexicon.WEEKDAYS.get(w.k(i));
      if (dow != null) {
        return new Hit(p, i + 1, TimeType.SET, "XXXX-WXX-" + dow, null, null, false);
      }
      String season = Lexicon.SEASONS.get(w.k(i));
      if (season != null && !k.equals("per")) {
        // "every winter"
        return new Hit(p, i + 1, TimeType.SET, "XXXX-" + season, null, null, false);
      }
      int m = monthAt(i);
      if (m > 0 && !k.equals("per")) {
        return new Hit(p, i + 1, TimeType.SET, String.format(Locale.ROOT, "XXXX-%02d", m), null, null, false);
      }
      return null;
    }
  }
}
