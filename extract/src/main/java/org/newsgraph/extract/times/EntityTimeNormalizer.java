package org.newsgraph.extract.times;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.TimeNormalizer;

/**
 * First version of the time stage: the DATE, TIME, DURATION and SET entities of the linguistic annotator, with the
 * TIMEX3 values it computed against the publication date. The project's own normaliser replaces it (dates issue).
 *
 * <p>Cost: linear in the number of entity mentions. Stateless and thread-safe.
 */
public final class EntityTimeNormalizer implements TimeNormalizer {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}(-WE)?");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DECADE = Pattern.compile("\\d{3}X");

  @Override
  public List<TimeValue> normalize(Article article, LinguisticAnnotation annotation) {
    String anchor = article.published() == null ? null : article.published().toString();
    List<TimeValue> times = new ArrayList<>();
    for (EntityMention e : annotation.entities()) {
      TimeType type = switch (e.type()) {
        case DATE -> TimeType.DATE;
        case TIME -> TimeType.TIME;
        case DURATION -> TimeType.DURATION;
        case SET -> TimeType.SET;
        default -> null;
      };
      if (type != null) {
        times.add(new TimeValue(e.span(), e.normalized(), type, anchor, granularity(e.normalized())));
      }
    }
    return times;
  }

  /** The precision of a TIMEX3 value: {@code day}, {@code week}, {@code month}, {@code year}, ... or null. */
  static String granularity(String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > 10 && DAY.matcher(value.substring(0, 10)).matches() && value.charAt(10) == 'T') {
      return "time";
    }
    if (DAY.matcher(value).matches()) {
      return "day";
    }
    if (WEEK.matcher(value).matches()) {
      return "week";
    }
    if (MONTH.matcher(value).matches()) {
      return "month";
    }
    if (YEAR.matcher(value).matches()) {
      return "year";
    }
    if (DECADE.matcher(value).matches()) {
      return "decade";
    }
    return null;
  }
}
