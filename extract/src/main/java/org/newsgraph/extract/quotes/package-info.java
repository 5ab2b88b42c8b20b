/**
 * Quote attribution: who said what, through which channel, according to whom. {@link
 * org.newsgraph.extract.quotes.ParseQuoteAttributor} works over the dependency parse and the actors stage, with a
 * cue-word lexicon learned from PolNeAR's training split by {@code scripts/train_quote_cues.py} ({@link
 * org.newsgraph.extract.quotes.CueLexicon}).
 */
package org.newsgraph.extract.quotes;
