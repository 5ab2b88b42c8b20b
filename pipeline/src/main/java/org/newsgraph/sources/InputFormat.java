package org.newsgraph.sources;

import java.util.Locale;

/** The input formats we read, told apart by file name. */
enum InputFormat {
  TEXT,
  HTML,
  JSONL,
  WARC,
  FEED;

  /** The format a file name says, or null when it names none we read (such files are skipped in folders). */
  static InputFormat ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".meta.json")) {
      return null;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HTML;
    }
    if (name.endsWith(".jsonl")) {
      return JSONL;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return FEED;
    }
    return null;
  }
}
