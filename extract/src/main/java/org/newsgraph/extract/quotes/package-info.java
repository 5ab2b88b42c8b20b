/**
 * Quote attribution: who said what, through which channel, according to whom. {@link
 * org.newsgraph.extract.quotes.ParseQuoteAttributor} works over the dependency parse and the actors stage; its cues
 * come from a logistic-regression model ({@link org.newsgraph.extract.quotes.CueModel} over {@link
 * org.newsgraph.extract.quotes.CueFeatures}) trained on PolNeAR's training split by {@code
 * org.newsgraph.cli.TrainQuoteCues}.
 */
package org.newsgraph.extract.quotes;
