/**
 * Reading articles from files, folders and feed URLs into {@link org.newsgraph.model.Article} records.
 *
 * <p>{@link org.newsgraph.sources.ArticleSources} is the entry point: it streams plain text, HTML, JSONL, WARC and
 * RSS/Atom inputs one at a time and turns every bad input into a {@link org.newsgraph.sources.SourceItem.Failed}
 * item instead of an exception. Only {@code ArticleSources}, {@code ReadOptions}, {@code SourceItem} and
 * {@code LanguageGuess} are API; the package-private classes are the per-format readers behind it.
 */
package org.newsgraph.sources;
