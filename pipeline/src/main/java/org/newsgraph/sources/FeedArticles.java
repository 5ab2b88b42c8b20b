package org.newsgraph.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The entries of one RSS or Atom feed as articles: title, link as url, published (else updated) date, and the
 * entry's content (else its description) as text, HTML stripped to paragraphs. The feed's title is the outlet.
 * Items are named {@code origin#n}, n counting entries from 1. The feed is parsed whole (feeds are small); its
 * entries are turned into articles one at a time.
 */
final class FeedArticles implements ItemReader {

  private final String origin;
  private final ReadOptions options;
  private final String outlet;
  private final Iterator<SyndEntry> entries;
  private final long size;
  private int index;

  private FeedArticles(String origin, ReadOptions options, SyndFeed feed, long size) {
    this.origin = origin;
    this.options = options;
    this.outlet = feed.getTitle();
    this.entries = feed.getEntries().iterator();
    this.size = size;
  }

  /**
   * Parses the feed in {@code in}, which it closes. Fails with {@link NotAFeed} when the XML is not RSS or Atom,
   * with a {@link ReadFailure} when it is not well-formed.
   */
  static FeedArticles parse(String origin, InputStream in, long size, ReadOptions options)
      throws IOException, ReadFailure {
    try (InputStream stream = in; XmlReader xml = new XmlReader(stream, true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      return new FeedArticles(origin, options, input.build(xml), size);
    } catch (IllegalArgumentException e) {
      throw new NotAFeed("not an RSS or Atom feed: " + TextBytes.oneLine(e.getMessage()));
    } catch (FeedException e) {
      throw new ReadFailure("malformed feed: " + TextBytes.oneLine(e.getMessage()));
    }
  }

  /** XML that is well-formed but neither RSS nor Atom; skipped when found in a folder. */
  static final class NotAFeed extends ReadFailure {
    private static final long serialVersionUID = 1L;

    NotAFeed(String message) {
      super(message);
    }
  }

  @Override
  public SourceItem next() {
    if (!entries.hasNext()) {
      return null;
    }
    SyndEntry entry = entries.next();
    index++;
    String source = origin + "#" + index;
    try {
      String text = text(entry);
      if (text.isBlank()) {
        throw new ReadFailure("feed entry has no text");
      }
      TextBytes.checkLength(text, options.maxChars());
      String url = link(entry);
      String title = entry.getTitle() == null ? null : Jsoup.parse(entry.getTitle()).text();
      ArticleDraft draft = new ArticleDraft(
          ArticleDraft.firstNonBlank(entry.getUri(), url), url, outlet, title, date(entry), null, text, source);
      return new SourceItem.Read(draft.toArticle(options));
    } catch (ReadFailure e) {
      return SourceItem.failed(source, e.getMessage());
    }
  }

  private static String text(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null) {
        html.append(plainOrHtml(content)).append("\n\n");
      }
    }
    if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      html.append(plainOrHtml(entry.getDescription()));
    }
    return html.toString().strip();
  }

  /** A content value as text: plain text kept as it is, anything else parsed as HTML. */
  private static String plainOrHtml(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return content.getValue().strip();
    }
    return HtmlArticles.paragraphs(Jsoup.parseBodyFragment(content.getValue()).body());
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && !link.getHref().isBlank()) {
        return link.getHref().strip();
      }
    }
    return null;
  }

  /** The entry's date in UTC: rome keeps only the instant, not the zone the feed wrote it in. */
  private static LocalDate date(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Override
  public long bytesConsumed() {
    return size;
  }

  @Override
  public void close() {
    // the stream was closed when the feed was parsed
  }
}
