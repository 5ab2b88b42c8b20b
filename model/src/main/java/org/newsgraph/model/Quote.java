package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Something an actor said, directly or in reported speech.
 *
 * @param content the spans of what was said (several when a quote is interrupted)
 * @param direct true for words in quotation marks
 * @param speakerId the actor who said it, or null when unknown
 * @param speakerMention the text naming the speaker, or null
 * @param cue the speech verb or phrase ({@code said}, {@code according to}), or null
 * @param channel how it was said ({@code tweet}, {@code interview with BBC Persian}), or null
 * @param reportedBy ids of actors through whom the claim is reported, outermost first (an outlet that reports
 *     another outlet's report)
 * @param date when it was said, as the text gives it: the TIMEX3 value of a time expression attached to the cue
 *     ({@code 2022-01-10} for "in a tweet Monday"), or null when the text does not say (the article's publication
 *     date is then the best guess, and is not copied here)
 */
public record Quote(
    List<Span> content, boolean direct, String speakerId, Span speakerMention, Span cue, String channel,
    List<String> reportedBy, String date) {
  public Quote {
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a quote needs content");
    }
    reportedBy = List.copyOf(reportedBy);
    Objects.requireNonNull(content, "content");
  }

  /** A quote whose text gives no date. */
  public Quote(
      List<Span> content, boolean direct, String speakerId, Span speakerMention, Span cue, String channel,
      List<String> reportedBy) {
    this(content, direct, speakerId, speakerMention, cue, channel, reportedBy, null);
  }

  /** This quote with the date of its statement. */
  public Quote withDate(String statementDate) {
    return new Quote(content, direct, speakerId, speakerMention, cue, channel, reportedBy, statementDate);
  }

  public int start() {
    return content.get(0).start();
  }
}
