package org.newsgraph.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in an HTML page: its text (readability4j's main content, paragraphs joined by a blank line, with
 * navigation, share buttons and comment prompts dropped) and its metadata from meta tags and JSON-LD.
 * Stateless apart from the JSON mapper it is given; one instance per reader.
 */
final class HtmlArticles {

  /** What a page says about its article; any field but {@code text} may be null, {@code text} may be empty. */
  record Page(String title, String text, LocalDate published, String outlet, String url) {}

  /** Elements that end a paragraph. Listed here rather than taken from jsoup, whose notion changes by version. */
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
      "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul");

  /** Page furniture removed before extraction. */
  private static final String FURNITURE = String.join(", ",
      "script", "style", "noscript", "template", "nav", "form", "button", "iframe", "svg", "[role=navigation]",
      "[aria-hidden=true]", "body > header", "body > footer",
      "[class~=(?i)(^|\\s)(share[\\w-]*|sharing[\\w-]*|social[\\w-]*|sharedaddy|comments?|comments-area"
          + "|comment-respond|related-posts|post-navigation|breadcrumbs?)(\\s|$)]",
      "[id~=(?i)^(comments|respond|share[\\w-]*|social[\\w-]*|related-posts)$]");

  /** Whole paragraphs that are page furniture, not article text. */
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(leave a (reply|replay|comment)|share this( article| story| post)?:?|share (on|via) \\w+"
          + "|click to (share|email|print)\\b.*|you must be logged in to post a comment\\.?"
          + "|related( posts| articles)?:?|post navigation|(\\d+ )?comments?:?|advertisement)");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

  private final ObjectMapper json;

  HtmlArticles(ObjectMapper json) {
    this.json = json;
  }

  /** The article in {@code html}; {@code baseUri} resolves relative links and may be empty. Never throws. */
  Page extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    String url = canonicalUrl(doc);
    String outlet = meta(doc, "og:site_name");
    LocalDate published = published(doc);
    String ogTitle = meta(doc, "og:title");
    String docTitle = doc.title();
    doc.select(FURNITURE).remove();
    if (doc.body() == null || doc.body().text().isBlank()) {
      return new Page(ArticleDraft.firstNonBlank(ogTitle, docTitle), "", published, outlet, url);
    }

    String readabilityTitle = null;
    String text = "";
    try {
      net.dankito.readability4j.Article parsed = new Readability4J(baseUri, doc.clone()).parse();
      readabilityTitle = parsed.getTitle();
      if (parsed.getArticleContent() != null) {
        text = paragraphs(parsed.getArticleContent());
      }
    } catch (RuntimeException e) {
      // readability gives up on some malformed pages; the whole body below is the fallback
    }
    if (text.isBlank()) {
      text = paragraphs(doc.body());
    }
    String title = ArticleDraft.firstNonBlank(readabilityTitle, ogTitle, docTitle);
    return new Page(title, text, published, outlet, url);
  }

  /**
   * The text of {@code root}: the text of each block element on its own paragraph, paragraphs separated by
   * {@code "\n\n"}, whitespace inside a paragraph collapsed, {@code <br>} kept as a line break, boilerplate
   * paragraphs ("Leave a Reply", "Share this:") dropped.
   */
  static String paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          current.append(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element element) {
          if (element.nameIs("br")) {
            current.append('\n');
          } else if (BLOCKS.contains(element.normalName())) {
            flush(current, out);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          flush(current, out);
        }
      }
    }, root);
    flush(current, out);
    return String.join("\n\n", out);
  }

  private static void flush(StringBuilder current, List<String> out) {
    String paragraph = current.toString()
        .replaceAll(" {2,}", " ")
        .replaceAll(" ?\n ?", "\n")
        .replaceAll("\\n{2,}", "\n")
        .strip();
    current.setLength(0);
    if (!paragraph.isEmpty() && !BOILERPLATE.matcher(paragraph).matches()) {
      out.add(paragraph);
    }
  }

  /** The charset a page declares in a {@code <meta>} tag near its start, or UTF-8. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    Charset declared = m.find() ? TextBytes.charsetOrNull(m.group(1)) : null;
    return declared != null ? declared : StandardCharsets.UTF_8;
  }

  private static String canonicalUrl(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      String abs = canonical.absUrl("href");
      String href = abs.isEmpty() ? canonical.attr("href") : abs;
      if (href.startsWith("http://") || href.startsWith("https://")) {
        return href;
      }
    }
    return meta(doc, "og:url");
  }

  /** The content of the first {@code <meta property=key>} or {@code <meta name=key>} that has one. */
  private static String meta(Document doc, String key) {
    for (Element meta : doc.select(
        "meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]")) {
      String content = meta.attr("content");
      if (!content.isBlank()) {
        return content.strip();
      }
    }
    return null;
  }

  private LocalDate published(Document doc) {
    for (String key : List.of("article:published_time", "og:published_time")) {
      LocalDate date = PublishedDates.parse(meta(doc, key));
      if (date != null) {
        return date;
      }
    }
    LocalDate fromJsonLd = jsonLdDate(doc);
    if (fromJsonLd != null) {
      return fromJsonLd;
    }
    for (String key : List.of("datePublished", "date", "pubdate", "DC.date.issued", "dc.date", "dcterms.created")) {
      LocalDate date = PublishedDates.parse(meta(doc, key));
      if (date != null) {
        return date;
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      LocalDate date = PublishedDates.parse(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private LocalDate jsonLdDate(Document doc) {
    for (String field : List.of("datePublished", "dateCreated")) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        try {
          LocalDate date = findDate(json.readTree(script.data()), field);
          if (date != null) {
            return date;
          }
        } catch (JsonProcessingException e) {
          // broken JSON-LD is common on the web; the meta tags are the fallback
        }
      }
    }
    return null;
  }

  private static LocalDate findDate(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) {
        LocalDate date = PublishedDates.parse(value.textValue());
        if (date != null) {
          return date;
        }
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        LocalDate date = findDate(child, field);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }
}
