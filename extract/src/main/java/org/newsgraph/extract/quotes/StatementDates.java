package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;

/**
 * Dates statements: a quote's date is the time expression its cue governs in the dependency parse ("said on Monday",
 * "told reporters Tuesday", "in a tweet Monday", "In an interview on Sunday, she said"), outside what was said.
 *
 * <p>A time inside the quote's content dates what was said about, not the saying ("said the talks would start on
 * Monday"), and so does a time in another clause on the way up to the cue ("said after the talks ended on Monday":
 * an adverbial clause, a clausal complement, a relative clause, a coordinated verb, or a clause the parser could
 * only attach as {@code dep}), and so does a time in the cue's subject unless the subject is itself the channel ("a
 * statement released Monday said", but not "the talks held on Sunday indicated"). For an "according to" cue the
 * anchor is the source it introduces ("according to a statement released Monday"). Only calendar values count (a
 * day, week, month, year or a time of day), not durations, sets or {@code PRESENT_REF}, nor a day, month or year
 * after the date it was resolved against, nor a time in a phrase that sets it before or after something else ("by
 * 2010", "since the Monday night debate", "following a vote in 2001"). Where a sentence has no parse, a time right next to the cue, with no punctuation
 * between them, dates it.
 */
final class StatementDates {
  /** Relations that open another clause: a time below one of them dates something else than the statement. */
  private static final Set<String> CLAUSES = Set.of(
      "ccomp", "xcomp", "csubj", "parataxis", "advcl", "acl:relcl", "conj", "dep");
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-.*)?");
  private static final Pattern DAY_MONTH_OR_YEAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  /** Prepositions that put a time before or after something ("by 2010", "since the debate"), not at the saying. */
  private static final Set<String> NOT_AT = Set.of(
      "by", "since", "until", "till", "before", "after", "following", "from", "through", "ahead", "prior", "to");
  private static final int MAX_GAP_WITHOUT_PARSE = 3;

  private StatementDates() {}

  /** The quotes, each with the date its cue governs where there is one; the others unchanged. */
  static List<Quote> date(List<Quote> quotes, LinguisticAnnotation annotation, List<TimeValue> times) {
    List<TimeValue> calendar = new ArrayList<>();
    for (TimeValue t : times) {
      if ((t.type() == TimeType.DATE || t.type() == TimeType.TIME) && t.value() != null
          && CALENDAR.matcher(t.value()).matches() && !afterAnchor(t)) {
        calendar.add(t);
      }
    }
    if (calendar.isEmpty() || quotes.isEmpty()) {
      return quotes;
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    // several quotes of a sentence share its tree
    Map<Sentence, ParseTree> trees = new IdentityHashMap<>();
    for (Quote q : quotes) {
      String date = q.date() != null || q.cue() == null ? null : date(q, annotation, calendar, trees);
      out.add(date == null ? q : q.withDate(date));
    }
    return out;
  }

  private static String date(Quote q, LinguisticAnnotation annotation, List<TimeValue> calendar,
      Map<Sentence, ParseTree> trees) {
    Sentence sentence = ParseQuoteAttributor.sentenceOf(annotation, q.cue());
    if (sentence == null) {
      return null;
    }
    ParseTree tree = trees.computeIfAbsent(sentence, ParseTree::new);
    int cue = top(tree, q.cue());
    if (cue < 0) {
      return null;
    }
    boolean parsed = !sentence.dependencies().isEmpty();
    int anchor = parsed && isCase(tree, cue) && tree.head(cue) >= 0 ? tree.head(cue) : cue;
    TimeValue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeValue t : calendar) {
      if (t.span().start() < sentence.start() || t.span().end() > sentence.end() || overlapsContent(q, t.span())) {
        continue;
      }
      int time = top(tree, t.span());
      if (time < 0) {
        continue;
      }
      boolean governed = parsed ? governs(tree, anchor, time, q) : adjacent(tree, cue, t.span());
      int distance = Math.abs(time - cue);
      if (governed && distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    return best == null ? null : best.value();
  }

  /** A day, month or year later than the date it was resolved against: something to come, not a statement made. */
  private static boolean afterAnchor(TimeValue t) {
    String v = t.value();
    String a = t.anchor();
    return a != null && DAY_MONTH_OR_YEAR.matcher(v).matches() && a.length() >= v.length()
        && v.compareTo(a.substring(0, v.length())) > 0;
  }

  /** The head token of the tokens {@code span} overlaps ({@link ParseTree#top}), or -1 when it overlaps none. */
  private static int top(ParseTree tree, Span span) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).end() > span.start() && tree.token(i).start() < span.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return tree.top(first, last);
  }

  private static boolean isCase(ParseTree tree, int i) {
    String rel = tree.relation(i);
    return rel.equals("case") || rel.equals("mark");
  }

  /**
   * Whether the heads from {@code time} up reach {@code anchor} without entering the content or another clause,
   * a subject other than a channel, or a phrase that puts the time before or after something else.
   */
  private static boolean governs(ParseTree tree, int anchor, int time, Quote q) {
    int steps = 0;
    for (int j = time; j >= 0 && steps <= tree.size(); j = tree.head(j), steps++) {
      if (j == anchor) {
        return true;
      }
      if (CLAUSES.contains(tree.relation(j)) || overlapsContent(q, tokenSpan(tree, j))) {
        return false;
      }
      int marker = tree.child(j, "case");
      if (marker >= 0 && NOT_AT.contains(tree.token(marker).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (tree.relation(j).startsWith("nsubj")
          && !ParseQuoteAttributor.CHANNEL_NOUNS.contains(tree.token(j).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return false;
  }

  /** Without a parse: the time follows or precedes the cue with at most a few words and no punctuation between. */
  private static boolean adjacent(ParseTree tree, int cue, Span time) {
    int t = top(tree, time);
    int from = Math.min(cue, t) + 1;
    int to = Math.max(cue, t);
    if (to - from > MAX_GAP_WITHOUT_PARSE) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (tree.isPunctuation(i)) {
        return false;
      }
    }
    return true;
  }

  private static Span tokenSpan(ParseTree tree, int i) {
    return new Span(tree.token(i).start(), tree.token(i).end(), tree.token(i).word());
  }

  private static boolean overlapsContent(Quote q, Span s) {
    for (Span c : q.content()) {
      if (s.start() < c.end() && c.start() < s.end()) {
        return true;
      }
    }
    return false;
  }
}
