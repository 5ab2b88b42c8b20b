/**
 * JMH benchmarks of each stage's hot path: the CoreNLP front end, the extraction stages, the store and the readers.
 *
 * <p>Not API and not run by the build: {@code target/benchmarks.jar} is run by hand (see the module's README).
 */
package org.newsgraph.benchmarks;
