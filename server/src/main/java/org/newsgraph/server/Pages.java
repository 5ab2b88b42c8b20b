package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Plain server-rendered pages, every value escaped. The web UI issue replaces them with the explorer. */
final class Pages {
  private static final String STYLE = "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;"
      + "padding:0 1em;color:#222}a{color:#0645ad}table{border-collapse:collapse;width:100%}td,th{padding:.3em .5em;"
      + "border-bottom:1px solid #ddd;text-align:left}.text{white-space:pre-wrap}mark.actor{background:#dbeafe}"
      + "mark.quote{background:#fef3c7}mark.time{background:#dcfce7}mark.place{background:#fce7f3}"
      + ".muted{color:#666}</style>";

  private Pages() {}

  static String articles(List<Map<String, Object>> articles, Map<String, Long> counts) {
    StringBuilder sb = head("newsgraph");
    sb.append("<h1>newsgraph</h1><p class=muted>");
    counts.forEach((table, n) -> sb.append(Html.escape(table)).append(": ").append(n).append(" &middot; "));
    sb.append("</p><p>JSON API: <a href=\"/api/articles\">/api/articles</a>, <a href=\"/api/actors\">/api/actors</a>,"
        + " <a href=\"/api/quotes\">/api/quotes</a>, <a href=\"/api/events\">/api/events</a>,"
        + " <code>/api/search?q=</code></p>");
    sb.append("<table><tr><th>Published</th><th>Title</th><th>Outlet</th></tr>");
    for (Map<String, Object> a : articles) {
      String id = String.valueOf(a.get("id"));
      Object title = a.get("title");
      sb.append("<tr><td>").append(Html.escape(a.get("published"))).append("</td><td><a href=\"/articles/")
          .append(Html.escape(Html.url(id))).append("\">").append(Html.escape(title == null ? id : title))
          .append("</a></td><td>").append(Html.escape(a.get("outlet"))).append("</td></tr>");
    }
    return sb.append("</table></body></html>").toString();
  }

  /** The article's text with its annotations highlighted. */
  @SuppressWarnings("unchecked")
  static String article(Map<String, Object> article) {
    String text = String.valueOf(article.getOrDefault("text", ""));
    List<int[]> marks = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    collect(article.get("quotes"), "quote", "content_start", "content_end", marks, kinds, text.length());
    collect(article.get("times"), "time", "span_start", "span_end", marks, kinds, text.length());
    collect(article.get("places"), "place", "span_start", "span_end", marks, kinds, text.length());
    Object actors = article.get("actors");
    if (actors instanceof List<?> list) {
      for (Object actor : list) {
        if (actor instanceof Map<?, ?> m) {
          collect(m.get("mentions"), "actor", "span_start", "span_end", marks, kinds, text.length());
        }
      }
    }
    StringBuilder sb = head(String.valueOf(article.get("title")));
    sb.append("<p><a href=\"/\">&larr; articles</a></p><h1>").append(Html.escape(article.get("title")))
        .append("</h1><p class=muted>").append(Html.escape(article.get("outlet"))).append(" ")
        .append(Html.escape(article.get("published"))).append("</p>")
        .append("<p class=muted><mark class=actor>actor</mark> <mark class=quote>quote</mark> "
            + "<mark class=time>time</mark> <mark class=place>place</mark></p><div class=text>");
    sb.append(highlight(text, marks, kinds)).append("</div></body></html>");
    return sb.toString();
  }

  private static void collect(Object rows, String kind, String startKey, String endKey, List<int[]> marks,
      List<String> kinds, int length) {
    if (!(rows instanceof List<?> list)) {
      return;
    }
    for (Object row : list) {
      if (row instanceof Map<?, ?> m && m.get(startKey) instanceof Number s && m.get(endKey) instanceof Number e) {
        int start = s.intValue();
        int end = e.intValue();
        if (0 <= start && start < end && end <= length) {
          marks.add(new int[] {start, end, kinds.size()});
          kinds.add(kind);
        }
      }
    }
  }

  /** Wraps non-overlapping marks (the first, then the longest, wins) in {@code <mark>}; escapes all text. */
  static String highlight(String text, List<int[]> marks, List<String> kinds) {
    List<int[]> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -(m[1] - m[0])));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int[] m : sorted) {
      if (m[0] < at) {
        continue;
      }
      sb.append(Html.escape(text.substring(at, m[0]))).append("<mark class=").append(kinds.get(m[2])).append('>')
          .append(Html.escape(text.substring(m[0], m[1]))).append("</mark>");
      at = m[1];
    }
    return sb.append(Html.escape(text.substring(at))).toString();
  }

  private static StringBuilder head(String title) {
    return new StringBuilder("<!doctype html><html lang=en><head><meta charset=utf-8><title>")
        .append(Html.escape(title)).append("</title>").append(STYLE).append("</head><body>");
  }
}
